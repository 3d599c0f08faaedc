/**
 * `npm run judge` — the detector on Tact's own labelled helpdesk chats
 * (tests/fixtures/chats/judged/*.jsonl): precision and recall per trigger kind, message by
 * message, with and without the tone model, the calm chats it alarmed, and every disagreement
 * (`--all`) for reading. Our stand-in for the held-out helpdesk chats, hard negatives included.
 */
import { judge, loadJudgedChats } from '../tests/support/judged-chats';

const chats = loadJudgedChats();
const withTone = judge(chats);
const lexiconOnly = judge(chats, { tone: false });
const pad = (s: string | number, n: number) => String(s).padEnd(n);
const pct = (x: number) => x.toFixed(2);
console.log(`${chats.length} chats, ${withTone.messages} messages\n`);
console.log(`${pad('kind', 28)}${pad('P', 7)}${pad('R', 7)}${pad('tp/fp/fn', 12)}lexicon only P / R`);
const kinds = [...new Set([...Object.keys(withTone.perKind), ...Object.keys(lexiconOnly.perKind)])].sort();
for (const kind of kinds) {
  const s = withTone.perKind[kind] ?? { precision: 1, recall: 1, tp: 0, fp: 0, fn: 0 };
  const l = lexiconOnly.perKind[kind] ?? { precision: 1, recall: 1 };
  console.log(
    `${pad(kind, 28)}${pad(pct(s.precision), 7)}${pad(pct(s.recall), 7)}${pad(`${s.tp}/${s.fp}/${s.fn}`, 12)}${pct(l.precision)} / ${pct(l.recall)}`,
  );
}
console.log(
  `\nmessages agreeing exactly: ${withTone.messagesAgreeing}/${withTone.messages} (lexicon only ${lexiconOnly.messagesAgreeing})`,
);
console.log(
  `calm chats taken to high/critical: ${withTone.calmChatsAlarmed.length}/${withTone.calmChats} ${withTone.calmChatsAlarmed.join(' ')}`,
);
console.log('\nPer set (messages agreeing exactly; frustration P / R; all kinds P / R):');
for (const set of [...new Set(chats.map((c) => c.set))]) {
  const part = judge(chats.filter((c) => c.set === set));
  const total = Object.values(part.perKind).reduce((a, k) => ({ tp: a.tp + k.tp, fp: a.fp + k.fp, fn: a.fn + k.fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });
  const f = part.perKind.frustration;
  console.log(
    `  ${pad(set, 8)} ${part.messagesAgreeing}/${part.messages}; frustration ${f ? `${pct(f.precision)} / ${pct(f.recall)}` : '–'}; all ${pct(total.tp / Math.max(1, total.tp + total.fp))} / ${pct(total.tp / Math.max(1, total.tp + total.fn))}; calm chats alarmed ${part.calmChatsAlarmed.length}/${part.calmChats}`,
  );
}
if (process.argv.includes('--all')) {
  console.log('\nDisagreements:');
  for (const d of withTone.disagreements) console.log(`  ${d.chat}/${d.message} ${d.type} ${d.kind} [${d.role}] ${d.text.slice(0, 140)}`);
}
