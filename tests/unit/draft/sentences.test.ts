import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../lib/draft/sentences';

describe('splitSentences', () => {
  it('gives exact ranges for each sentence, trimmed, across punctuation and line breaks', () => {
    const draft = 'Hi Dana!  No, we cannot do that.\nI checked order no. 4821 at 3 p.m. today… Is that ok?';
    const s = splitSentences(draft);
    expect(s.map((x) => x.text)).toEqual([
      'Hi Dana!',
      'No, we cannot do that.',
      'I checked order no. 4821 at 3 p.m. today…',
      'Is that ok?',
    ]);
    for (const x of s) expect(draft.slice(x.start, x.end)).toBe(x.text);
  });
  it('keeps decimals and e.g. inside a sentence, and a closing quote with its sentence', () => {
    const s = splitSentences('The fee is 4.99 (e.g. for express). She said "fine." Done');
    expect(s.map((x) => x.text)).toEqual(['The fee is 4.99 (e.g. for express).', 'She said "fine."', 'Done']);
  });
});
