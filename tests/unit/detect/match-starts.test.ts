import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeConversation } from '../../../lib/detect';
import { ruleAttempts, STICKY_CHUNK_CHARS, sideRules } from '../../../lib/detect/compile';
import { lexiconFor } from '../../../lib/detect/lexicon';
import { normaliseForMatching } from '../../../lib/detect/match-message';
import { MatchStartIndex, matchStarts } from '../../../lib/detect/match-starts';
import { loadJudgedChats } from '../../support/judged-chats';

/**
 * Each rule's regex runs only where its matches can begin (lib/detect/match-starts.ts). That is
 * a speed-up and must never change a result: on every line Tact has (judged chats, the tone
 * corpus, awkward strings), the regex tried at those positions finds exactly the matches a full
 * scan finds.
 */

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');

function corpusLines(): string[] {
  const dir = join(ROOT, 'training/frustration');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => (JSON.parse(l) as { text: string }).text),
    );
}

/** Every (start, length) of a global scan, as the detector's loop walks it. */
/**
 * Every match of a rule's alternation, scanned over the whole text the way the engine does it:
 * at the leftmost position where any phrasing matches, the first phrasing in order wins. Each
 * phrasing runs as its own small regex, so V8 compiles it (a whole rule is past its 20 KB limit
 * and would run interpreted), and the check stays independent of the sticky chunks it checks.
 */
function scanned(phrasings: readonly RegExp[], text: string): number[] {
  const found: number[] = [];
  // A phrasing's next match from an earlier start is still its next match from a later one, as
  // long as it begins there or after: whether it matches at a position does not depend on where
  // the scan began. So each phrasing runs again only when the scan has passed its last match.
  const next: Array<RegExpExecArray | null | undefined> = phrasings.map(() => undefined);
  let from = 0;
  while (from <= text.length) {
    let best: RegExpExecArray | null = null;
    phrasings.forEach((phrasing, i) => {
      let m = next[i];
      if (m === undefined || (m !== null && m.index < from)) {
        phrasing.lastIndex = from;
        m = phrasing.exec(text);
        next[i] = m;
      }
      if (m && (!best || m.index < best.index)) best = m;
    });
    if (!best) break;
    const match = best as RegExpExecArray;
    found.push(match.index, match[0].length);
    from = match.index + (match[0] === '' ? 1 : match[0].length);
  }
  return found;
}

/** The same, from the sticky regex tried only at the positions the index gives. */
function dispatched(chunks: readonly RegExp[], attempts: readonly number[], text: string): number[] {
  const found: number[] = [];
  let from = 0;
  for (const attempt of attempts) {
    // An attempt is a position times 32 plus the chunk that can begin there (see ruleAttempts).
    const at = Math.floor(attempt / 32);
    if (at < from) continue;
    const chunk = chunks[attempt % 32] as RegExp;
    chunk.lastIndex = at;
    const m = chunk.exec(text);
    if (!m) continue;
    found.push(m.index, m[0].length);
    from = m.index + Math.max(1, m[0].length);
  }
  return found;
}

describe('where a regex can begin', () => {
  it('reads the first word of each phrasing, four letters at most', () => {
    const starts = matchStarts('\\b(?:speak|talk) to (?:a|the) manager\\b|\\bre(?:fund|turn)s? (?:it|this)\\b|\\bno\\b');
    expect(starts?.words.sort()).toEqual(['refu', 'retu', 'spea']);
    // A word of four letters or fewer that the pattern ends reads on into the next: "talk to", not every "talk".
    expect(starts?.pairs).toEqual(['talk to']);
    // "no" is a whole word here: "nothing" and "now" need not run the rule.
    expect(starts?.wholeWords).toEqual(['no']);
    expect(starts?.chars).toEqual([]);
    expect(starts?.atStart).toBe(false);
  });

  it('knows sentence starts, punctuation and "any word"', () => {
    const starts = matchStarts("(?:^|[.!?]\\s+)wow+\\s*[.,]|'escalated'|\\b\\w+ing there\\b");
    // At the start of a message only when its first word starts "wow"; any start at all for a quote.
    expect(starts?.startWords).toEqual(['wow']);
    expect(starts?.atStart).toBe(false);
    expect(matchStarts('^\\s*[\'"]')?.atStart).toBe(true);
    // A mark reads on into the word after it (past white space): ". wow", "? wow", "'escalated'".
    expect(starts?.chars).toEqual([]);
    expect(starts?.charWords.sort()).toEqual(['!wow', "'esca", '.wow', '?wow']);
    // A mark followed by something other than a word stays a mark.
    expect(matchStarts('[.!?]\\s*["\']')?.chars.sort()).toEqual(['!', '.', '?']);
    expect(starts?.anyWord).toBe(true);
  });

  it('gives up when a match could begin anywhere, so the rule scans as before', () => {
    expect(matchStarts('\\w+ing')).toBeUndefined(); // mid-word
    expect(matchStarts('(?:foo)?')).toBeUndefined(); // may match nothing
    expect(matchStarts('.+!')).toBeUndefined();
    expect(matchStarts('(?<name>x)')).toBeUndefined(); // syntax it does not read
  });

  it('finds the positions in one walk, in order', () => {
    const index = new MatchStartIndex([matchStarts('\\bmanager\\b'), matchStarts('(?:^|[.!?]\\s+)ok\\b'), undefined]);
    index.read('ok. Where is the MANAGER? ok fine.');
    expect(index.positionsOf(0)).toEqual([17]);
    // A ".", "!" or "?" is a possible sentence start only when "ok" follows it: not ". Where", not the last ".".
    expect(index.positionsOf(1)).toEqual([0, 24]);
    expect(index.positionsOf(2)).toEqual([]);
  });

  it('reads on past a short word into the next one, or into a contraction', () => {
    const starts = matchStarts("\\b(?:i\\s+want|the same) (?:thing|answer)\\b|\\bit's (?:broken|dead)\\b");
    expect(starts?.pairs.sort()).toEqual(['i want', "it's", 'the same']);
    expect(starts?.wholeWords).toEqual([]);
    const index = new MatchStartIndex([starts]);
    // "I\u00a0want" counts as white space, as `\s` does; "it is" and "the other" are not tried.
    index.read("it is the other thing. I\u00a0want the\tsame answer, it's dead");
    expect(index.positionsOf(0)).toEqual([23, 30, 47]);
  });

  it('runs a rule that begins on a short whole word only on that word, not on longer ones', () => {
    const index = new MatchStartIndex([matchStarts("\\bi(?:'m| am) done\\b"), matchStarts('\\bno\\w*')]);
    index.read("it is done, I'm done. now nothing");
    expect(index.positionsOf(0)).toEqual([12]);
    // "\w*" after "no" lets the word go on, so every word starting "no" is a place to try.
    expect(index.positionsOf(1)).toEqual([22, 26]);
  });
});

describe('running a rule only where it can begin finds what the full scan finds', () => {
  const lex = lexiconFor('en');
  const judged = loadJudgedChats().flatMap((c) => c.messages);
  const awkward = [
    '',
    '!!!',
    'I AM DONE. CANCEL MY ACCOUNT!!!',
    '“Escalated”, they said. Right.',
    'café résumé naïve — İstanbul ſtill K',
    "it's   been   3 weeks\n\nstill nothing?!",
    '12:40. nobody. 2nd time. £189 again',
    'a'.repeat(3000),
    // White space the index must skip like `\s` does: no-break, em and tab between short words.
    'i\u00a0want to speak to a manager. the\tsame answer\u2003again',
    'I\u00a0am\u00a0done.  I   will   cancel. so\nwhat now',
    "it's not ok. i'm done, can't do this. I'M OUT it'",
    // Marks before words with and without white space (a URL's dots), and four-letter words before the next.
    'see web.archive.org/web.so what?? .So!Why?\u2003why.\nwhy THIS\u00a0is it. Talk\tto me. this issue, that one',
  ];
  const linesFor = {
    customer: [...judged.filter((m) => m.role === 'customer').map((m) => m.text), ...corpusLines(), ...awkward],
    agent: [...judged.filter((m) => m.role === 'agent').map((m) => m.text), ...awkward],
  };

  for (const role of ['customer', 'agent'] as const) {
    it(`${role} rules, on every ${role} line Tact has`, () => {
      const side = sideRules(lex, role);
      // Every rule's beginnings can be read: one that cannot scans every position and ran the
      // detector six times slower when a pattern made `frustration.implied` unreadable.
      expect(side.rules.filter((_, i) => !side.sticky[i]).map((r) => r.id)).toEqual([]);
      const scanners = side.rules.map((rule) => rule.sources.map((source) => new RegExp(source, 'gi')));
      const differences: string[] = [];
      for (const line of linesFor[role]) {
        const text = normaliseForMatching(line);
        side.starts.read(text);
        side.rules.forEach((rule, i) => {
          const sticky = side.sticky[i];
          if (!sticky) return;
          const full = scanned(scanners[i] as RegExp[], text).join();
          const fast = dispatched(sticky, ruleAttempts(side, i), text).join();
          if (full !== fast) differences.push(`${rule.id}: ${text.slice(0, 60)}`);
        });
      }
      expect(differences).toEqual([]);
    }, 120_000);
  }

  it("keeps every sticky regex under V8's 20 KB optimisation limit, cutting long rules into chunks", () => {
    for (const role of ['customer', 'agent'] as const) {
      const side = sideRules(lex, role);
      for (const chunks of side.sticky)
        for (const chunk of chunks ?? []) expect(chunk.source.length).toBeLessThanOrEqual(STICKY_CHUNK_CHARS);
    }
    // The longest customer rule is over the limit as a whole, so the cut is exercised above.
    expect(Math.max(...sideRules(lex, 'customer').rules.map((r) => r.regex.source.length))).toBeGreaterThan(STICKY_CHUNK_CHARS);
  });

  it('a rejected first match still lets a later one count', () => {
    const r = analyzeConversation([{ id: 'm1', role: 'customer', text: "If I were angry I'd say so. Honestly this is ridiculous." }], {
      tone: false,
    });
    expect(r.triggers.find((t) => t.kind === 'frustration')?.evidence).toBe('ridiculous');
  });
});
