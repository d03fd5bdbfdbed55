/**
 * `npm run eval`: precision and recall of the analyzer on the labelled corpus
 * (tests/analysis/corpus/*.jsonl), per rule and per language, for the dev and test splits.
 *
 *   npm run eval                     tables for the tuning split and the blind split
 *   npm run eval -- --split tuning   only the tuning split (what to look at while working)
 *   npm run eval -- -v               …plus every disagreement
 *
 * Lines with the same "seq" form a chronological log of sent messages (template-reuse): each is
 * analysed against the ones before it, then recorded as sent. Exits non-zero only on a crash.
 */
import { fileURLToPath } from 'node:url';
import { analyzeDraft, fingerprint, InMemorySendMemory, normaliseKey } from '../../lib/analysis';
import { RULE_IDS, type Finding } from '../../lib/analysis/types';
import { loadCorpus, type CorpusLine } from './corpus';

export { loadCorpus, type CorpusLine } from './corpus';

/** Analyse every line; sequences share a memory, in file order. */
export function runCorpus(lines: readonly CorpusLine[]): Map<string, Finding[]> {
  const results = new Map<string, Finding[]>();
  const memories = new Map<string, InMemorySendMemory>();
  lines.forEach((line, i) => {
    const ctx = line.context ?? {};
    if (!line.seq) {
      results.set(line.id, analyzeDraft(line.text, ctx));
      return;
    }
    let mem = memories.get(line.seq);
    if (!mem) memories.set(line.seq, (mem = new InMemorySendMemory()));
    results.set(line.id, analyzeDraft(line.text, ctx, mem));
    const r = ctx.recipient;
    mem.record({
      fingerprint: fingerprint(line.text, { names: r?.name ? [r.name] : [] }),
      recipientKey: r?.key ?? (r?.name ? normaliseKey(r.name) : `id:${line.id}`),
      at: ctx.now ?? i,
    });
  });
  return results;
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

const pct = (x: number): string => (Number.isNaN(x) ? '   – ' : x.toFixed(2).padStart(5));

function pr(t: Tally): string {
  const p = t.tp + t.fp ? t.tp / (t.tp + t.fp) : NaN;
  const r = t.tp + t.fn ? t.tp / (t.tp + t.fn) : NaN;
  return `${pct(p)} ${pct(r)} ${String(t.tp + t.fn).padStart(3)}`;
}

function table(lines: readonly CorpusLine[], results: Map<string, Finding[]>, title: string, minConfidence = 0): void {
  const langs = [...new Set(lines.map((l) => l.lang))].sort((a, b) => (a === 'de' ? -1 : b === 'de' ? 1 : a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));
  const cell = new Map<string, Tally>();
  const get = (k: string): Tally => {
    let t = cell.get(k);
    if (!t) cell.set(k, (t = { tp: 0, fp: 0, fn: 0 }));
    return t;
  };
  for (const l of lines) {
    const got = new Set((results.get(l.id) ?? []).filter((f) => f.confidence >= minConfidence).map((f) => f.rule));
    const want = new Set(l.expect);
    for (const rule of RULE_IDS) {
      const g = got.has(rule);
      const w = want.has(rule);
      if (!g && !w) continue;
      for (const k of [`${rule}|${l.lang}`, `${rule}|*`, `*|${l.lang}`, '*|*']) {
        const t = get(k);
        if (g && w) t.tp++;
        else if (g) t.fp++;
        else t.fn++;
      }
    }
  }
  const col = 17;
  console.log(`\n${title}  (${lines.length} drafts; each cell: precision recall positives)`);
  console.log(['rule'.padEnd(22), ...langs.map((l) => l.padEnd(col)), 'all'].join(''));
  for (const rule of [...RULE_IDS, '*'] as const) {
    const name = rule === '*' ? 'all rules' : rule;
    console.log([name.padEnd(22), ...langs.map((l) => pr(get(`${rule}|${l}`)).padEnd(col)), pr(get(`${rule}|*`))].join(''));
  }
}

/** The tuning split (everything the analyzer and the model were built on) or the blind split. */
export function splitOf(line: CorpusLine): 'tuning' | 'blind' {
  return line.split === 'blind' ? 'blind' : 'tuning';
}

function main(): void {
  const args = process.argv.slice(2);
  const verbose = args.includes('-v') || args.includes('--verbose');
  const onlySplit = args.includes('--split') ? args[args.indexOf('--split') + 1] : undefined;
  if (onlySplit && onlySplit !== 'tuning' && onlySplit !== 'blind') throw new Error('--split takes "tuning" or "blind"');
  const all = loadCorpus();
  const results = runCorpus(all);
  const blurb: Record<'tuning' | 'blind', string> = {
    tuning: 'tuning split — the team\'s corpus and the independent authors the model is trained on (in-sample: says little about new text)',
    blind: 'blind split — independent authors never trained or tuned on',
  };
  for (const name of ['tuning', 'blind'] as const) {
    if (onlySplit && onlySplit !== name) continue;
    const lines = all.filter((l) => splitOf(l) === name);
    const authors = new Set(lines.map((l) => l.author ?? 'team'));
    console.log(`\n### ${blurb[name]}: ${lines.length} drafts from ${authors.size} author${authors.size === 1 ? '' : 's'}`);
    table(lines, results, `== ${name}: every finding`);
    table(lines, results, `== ${name}: only findings with confidence ≥ 0.8 (what holds a send at the default sensitivity)`, 0.8);
    if (name === 'blind') {
      // the blind split came in two batches: b1/b2 (scored at milestones while the analyzer was
      // being built) and b3/b4 (written later, scored once at the end)
      for (const [batch, who] of [['blind-1 (authors b1, b2)', ['b1', 'b2']], ['blind-2 (authors b3, b4)', ['b3', 'b4']]] as const) {
        const part = lines.filter((l) => (who as readonly string[]).includes(l.author ?? ''));
        if (part.length) table(part, results, `== ${batch}: every finding`);
      }
    }
  }
  if (verbose) {
    console.log('\nDisagreements:');
    for (const l of all) {
      if (onlySplit && splitOf(l) !== onlySplit) continue;
      const f = results.get(l.id) ?? [];
      const got = [...new Set(f.map((x) => x.rule))].sort();
      const want = [...l.expect].sort();
      if (got.join() !== want.join()) {
        console.log(`${l.id} [${splitOf(l)}] want=${want.join(',') || '-'} got=${f.map((x) => `${x.rule}@${x.confidence}`).join(',') || '-'}\n    ${l.text.slice(0, 160)}`);
      }
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
