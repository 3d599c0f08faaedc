import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../../lib/cli/analyze';
import { readConversations } from '../../../lib/cli/io';

const ROOT = join(__dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'tact-analyze-'));

async function run(args: string[], stdinText = '') {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (c) => (stdout += c));
  err.on('data', (c) => (stderr += c));
  const code = await main(args, out, err, Readable.from([stdinText]));
  return {
    code,
    lines: stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l)),
    stderr,
  };
}

describe('analyze CLI', () => {
  it('prints the DESIGN.md shape for a .json conversation, numbering missing ids m1, m2, …', async () => {
    const file = join(dir, 'one.json');
    writeFileSync(
      file,
      JSON.stringify({
        messages: [
          { role: 'customer', text: 'hello' },
          { role: 'customer', text: 'I want to speak to your manager' },
        ],
      }),
    );
    const { code, lines } = await run([file]);
    expect(code).toBe(0);
    expect(lines).toHaveLength(1);
    expect(Object.keys(lines[0])).toEqual(['id', 'risk', 'level', 'triggers', 'cues', 'nextSteps']);
    expect(lines[0].id).toBe('conv-1');
    expect(lines[0].triggers[0]).toEqual({ kind: 'escalation_request', messageId: 'm2', evidence: 'want to speak to your manager' });
  });

  it('keeps going past a bad .jsonl line, names the line and field, and exits non-zero', async () => {
    const file = join(dir, 'mixed.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({ id: 'a', messages: [{ role: 'customer', text: 'I will sue you' }] }),
        '{"id": "b", "messages": [',
        JSON.stringify({ id: 'c', messages: [{ role: 'customer' }] }),
        '',
        JSON.stringify({ messages: [{ id: 'x9', role: 'agent', text: 'There is no manager.' }] }),
      ].join('\n'),
    );
    const { code, lines, stderr } = await run([file]);
    expect(code).toBe(1);
    expect(lines.map((l) => l.id)).toEqual(['a', 'conv-5']);
    expect(lines[1].triggers[0].messageId).toBe('x9');
    expect(stderr).toContain('line 2: not valid JSON');
    expect(stderr).toContain('line 3: messages[0].text must be a string');
  });

  it('reads standard input as JSONL or as one JSON document', async () => {
    const jsonl = `${JSON.stringify({ id: 's1', messages: [] })}\n${JSON.stringify({ id: 's2', messages: [] })}\n`;
    expect((await run(['-'], jsonl)).lines.map((l) => l.id)).toEqual(['s1', 's2']);
    const pretty = JSON.stringify({ id: 'p', messages: [{ role: 'customer', text: 'this is ridiculous' }] }, null, 2);
    const r = await run(['-'], pretty);
    expect(r.lines.map((l) => [l.id, l.triggers[0]?.kind])).toEqual([['p', 'frustration']]);
  });

  it('says what is wrong with a missing file or no argument', async () => {
    expect((await run([join(dir, 'nope.json')])).stderr).toContain('no such file');
    expect((await run([])).code).toBe(2);
  });

  it('streams 10,000 conversations in one call through npm run', () => {
    const file = join(dir, 'many.jsonl');
    const line = (i: number) =>
      JSON.stringify({
        id: `c${i}`,
        messages: [
          { role: 'customer', text: i % 2 ? 'Where is my order?' : 'This is the third time I ask, get me a manager!' },
          { role: 'agent', text: "I'm sorry, let me check." },
        ],
      });
    writeFileSync(file, Array.from({ length: 10_000 }, (_, i) => line(i)).join('\n'));
    const res = spawnSync('npm', ['run', '--silent', 'analyze', '--', file], { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    expect(res.status).toBe(0);
    const out = res.stdout.trim().split('\n');
    expect(out).toHaveLength(10_000);
    expect(JSON.parse(out[9_999] as string).id).toBe('c9999');
    expect(JSON.parse(out[0] as string).triggers.map((t: { kind: string }) => t.kind)).toContain('escalation_request');
  }, 120_000);

  it('readConversations is reusable: errors are values with the line', async () => {
    const items = [];
    for await (const item of readConversations('-', Readable.from(['{"messages": 3}\n']))) items.push(item);
    expect(items).toEqual([{ line: 1, error: 'line 1: messages is missing or not a list' }]);
  });
});
