import { describe, expect, it } from 'vitest';
import { detectLanguage, isUnsupportedLanguage } from '../../../lib/settings/language';

describe('detectLanguage', () => {
  it('recognises an English support chat', () => {
    const guess = detectLanguage([
      'Hi, my order never arrived and it has been two weeks.',
      'I want to know why nobody answered my emails. This is the third time I am asking.',
    ]);
    expect(guess).toMatchObject({ lang: 'en', confident: true });
    expect(isUnsupportedLanguage(guess)).toBe(false);
  });

  it.each([
    [
      'es',
      ['Hola, mi pedido no ha llegado y ya pasaron dos semanas.', 'Quiero saber por qué nadie contesta mis correos, es la tercera vez.'],
    ],
    [
      'fr',
      ['Bonjour, ma commande n’est jamais arrivée et cela fait deux semaines.', 'Je veux savoir pourquoi personne ne répond à mes mails.'],
    ],
    [
      'de',
      [
        'Hallo, meine Bestellung ist nicht angekommen und es sind schon zwei Wochen.',
        'Ich will wissen, warum niemand auf meine Mails antwortet.',
      ],
    ],
  ])('says a %s chat is not English, confidently', (lang, texts) => {
    const guess = detectLanguage(texts);
    expect(guess.lang).toBe(lang);
    expect(guess.confident).toBe(true);
    expect(isUnsupportedLanguage(guess)).toBe(true);
  });

  it('treats another script as unsupported', () => {
    const guess = detectLanguage(['Здравствуйте, мой заказ так и не пришёл, прошло уже две недели. Почему никто не отвечает?']);
    expect(guess.lang).toBe('unknown');
    expect(isUnsupportedLanguage(guess)).toBe(true);
  });

  it('does not warn on a chat too short to tell', () => {
    for (const texts of [['ok thanks'], ['Order #A-99812'], ['hola'], []]) {
      const guess = detectLanguage(texts);
      expect(guess.confident, texts.join()).toBe(false);
      expect(isUnsupportedLanguage(guess)).toBe(false);
    }
  });
});
