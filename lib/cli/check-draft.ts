/**
 * `npm run --silent check-draft -- FILE` — run the draft coach on drafts in their chat context.
 * FILE: .json (one document or an array), .jsonl (one per line) or `-` (stdin, either form).
 * Prints one JSON line per draft: {"id","findings":[{"kind","evidence","suggestion"}]}.
 * Malformed input: an error on stderr naming the line and field; other lines are still checked;
 * exit code 1 at the end. The chat context is the detector's (chatContext), as in the extension.
 */
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { chatContext } from '../detect';
import { checkDraft } from '../draft/check-draft';
import { type DraftInputItem, parseDraftLine, parseDraftText } from '../draft/draft-input';

async function* readInput(source: string): AsyncGenerator<DraftInputItem> {
  if (source === '-') {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    yield* parseDraftText(Buffer.concat(chunks).toString('utf8'));
  } else if (source.endsWith('.jsonl') || source.endsWith('.ndjson')) {
    // Streamed line by line: large files are never held in memory at once.
    const rl = createInterface({ input: createReadStream(source, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY });
    let line = 0;
    for await (const l of rl) yield parseDraftLine(l, ++line);
  } else {
    yield* parseDraftText(readFileSync(source, 'utf8'));
  }
}

export async function main(argv: string[]): Promise<number> {
  const source = argv[0];
  if (!source) {
    process.stderr.write('usage: npm run --silent check-draft -- FILE.json|FILE.jsonl|-\n');
    return 2;
  }
  let failed = false;
  try {
    for await (const item of readInput(source)) {
      if (!item.ok) {
        if (item.error) {
          process.stderr.write(`${item.error}\n`);
          failed = true;
        }
        continue;
      }
      const { id, messages, draft } = item.value;
      const findings = checkDraft(draft, chatContext(messages)).map((f) => ({
        kind: f.kind,
        evidence: f.evidence,
        suggestion: f.suggestion,
      }));
      process.stdout.write(`${JSON.stringify({ id, findings })}\n`);
    }
  } catch (e) {
    process.stderr.write(`cannot read ${source}: ${(e as Error).message}\n`);
    return 1;
  }
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
