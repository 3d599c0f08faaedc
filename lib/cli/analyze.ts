/**
 * `npm run --silent analyze -- FILE` — the detector on saved chats, the same engine as the
 * extension. FILE is a `.json` conversation (or a list of them), a `.jsonl` file with one
 * conversation per line, or `-` for standard input. Prints one JSON object per conversation and
 * line: {"id","risk","level","triggers","cues","nextSteps"}. A malformed conversation gets a
 * message on stderr naming its line and field; the others are still analysed; exit code 1 at the end.
 */
import type { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { analyzeConversation } from '../detect';
import type { DetectionResult } from '../detect/types';
import { readConversations } from './io';

export function formatResult(r: DetectionResult): string {
  // Fixed key order, the DESIGN.md shape.
  return JSON.stringify({ id: r.id, risk: r.risk, level: r.level, triggers: r.triggers, cues: r.cues, nextSteps: r.nextSteps });
}

async function write(out: NodeJS.WritableStream, text: string): Promise<void> {
  if (!out.write(text)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
}

export async function main(
  argv: string[],
  out: NodeJS.WritableStream = process.stdout,
  err: NodeJS.WritableStream = process.stderr,
  stdin: Readable = process.stdin,
): Promise<number> {
  const source = argv[0];
  if (!source || argv.includes('--help') || argv.includes('-h')) {
    err.write('usage: npm run --silent analyze -- FILE.json | FILE.jsonl | -\n');
    return 2;
  }
  let failed = 0;
  for await (const item of readConversations(source, stdin)) {
    if ('error' in item) {
      err.write(`${item.error}\n`);
      failed++;
      continue;
    }
    const { id, messages } = item.conversation;
    await write(out, `${formatResult(analyzeConversation(messages, { chatId: id }))}\n`);
  }
  if (failed > 0) err.write(`${failed} conversation${failed === 1 ? '' : 's'} could not be analysed (see above)\n`);
  return failed > 0 ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`analyze failed: ${(e as Error).message}\n`);
      process.exitCode = 1;
    },
  );
}
