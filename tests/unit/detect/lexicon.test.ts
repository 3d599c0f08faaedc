import { describe, expect, it } from 'vitest';
import { compileLexicon, expandMacros } from '../../../lib/detect/compile';
import { LEXICON_EN } from '../../../lib/detect/lexicon/en';

describe('lexicon data', () => {
  it('the English lexicon validates and compiles', () => {
    const lex = compileLexicon(LEXICON_EN);
    expect(lex.language).toBe('en');
    expect(lex.rules.length).toBeGreaterThan(20);
  });

  it('expands macros, including macros inside macros', () => {
    expect(expandMacros('a {X} b', { X: '(?:{Y}|z)', Y: 'y' })).toBe('a (?:y|z) b');
  });

  it('names the rule when a pattern is broken or uses an unknown macro', () => {
    const broken = {
      ...LEXICON_EN,
      rules: [{ id: 'team.bad', kind: 'abuse' as const, role: 'customer' as const, patterns: ['(unclosed'] }],
    };
    expect(() => compileLexicon(broken)).toThrow(/rule team\.bad/);
    const unknown = {
      ...LEXICON_EN,
      rules: [{ id: 'team.macro', kind: 'abuse' as const, role: 'customer' as const, patterns: ['{NOPE}'] }],
    };
    expect(() => compileLexicon(unknown)).toThrow(/team\.macro.*unknown macro \{NOPE\}/);
  });

  it('rejects a rule of an unknown kind at validation', () => {
    const wrong = { ...LEXICON_EN, rules: [{ id: 'x', kind: 'grumpiness', role: 'customer', patterns: ['x'] }] };
    expect(() => compileLexicon(wrong as unknown as typeof LEXICON_EN)).toThrow();
  });
});
