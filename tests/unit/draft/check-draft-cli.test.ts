import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDraftText } from '../../../lib/draft/draft-input';

function cli(args: string[], input?: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'lib/cli/check-draft.ts', ...args], { input, encoding: 'utf8' });
}

describe('check-draft input', () => {
  it('names the line and field of malformed input', () => {
    const items = [...parseDraftText('{"messages":[{"role":"client","text":"x"}],"draft":"y"}\n{"messages":[]}\n')];
    expect(items.map((i) => (i.ok ? 'ok' : i.error))).toEqual([
      'line 1: messages[0].role must be one of customer, agent, bot, system, note (got "client")',
      'line 2: draft is missing (the reply being typed)',
    ]);
  });
  it('fills missing ids', () => {
    const [item] = [...parseDraftText('{"messages":[{"role":"customer","text":"hi"}],"draft":"ok"}')];
    expect(item?.ok && item.value.id).toBe('conv-1');
    expect(item?.ok && item.value.messages[0]?.id).toBe('m1');
  });
});

describe('npm run check-draft', () => {
  it('prints one JSON line per draft, reports bad lines on stderr, checks the rest, exits non-zero', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tact-draft-'));
    const file = join(dir, 'drafts.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({
          id: 'upset',
          messages: [
            { role: 'customer', text: 'Still not delivered, this is ridiculous.' },
            { role: 'agent', text: 'Checking.' },
          ],
          draft: "No, we can't do that.",
        }),
        '{"id":"broken", "messages": [}',
        JSON.stringify({ id: 'fine', messages: [{ role: 'customer', text: 'Thanks!' }], draft: 'You are welcome, have a great day.' }),
      ].join('\n'),
    );
    const r = cli([file]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^line 2: not valid JSON/m);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['upset', 'fine']);
    expect(out[0].findings.map((f: { kind: string }) => f.kind)).toEqual(['agent_bare_refusal', 'missing_apology']);
    expect(out[0].findings[0].evidence).toBe("No, we can't do that");
    expect(out[1].findings).toEqual([]);
  });
  it('reads a JSON document from stdin with -', () => {
    const r = cli(['-'], JSON.stringify({ id: 7, messages: [], draft: 'There is no manager.' }));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      id: '7',
      findings: [{ kind: 'agent_denies_escalation', evidence: 'There is no manager' }],
    });
  });
});
