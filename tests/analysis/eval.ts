/**
 * `npm run eval`: precision and recall of the analyzer on the labelled corpus
 * (tests/analysis/corpus/*.jsonl), per rule and per language, for the dev and test splits.
 *
 *   npm run eval               tables
 *   npm run eval -- -v         …plus every disagreement
 *   npm run eval -- --split test
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

function main(): void {
  const args = process.argv.slice(2);
  const verbose = args.includes('-v') || args.includes('--verbose');
  const onlySplit = args.includes('--split') ? args[args.indexOf('--split') + 1] : undefined;
  const all = loadCorpus();
  const results = runCorpus(all);
  const splits: [string, CorpusLine[]][] = [
    ['dev', all.filter((l) => (l.split ?? 'dev') === 'dev')],
    ['test', all.filter((l) => l.split === 'test')],
    ['all', all],
  ];
  for (const [name, lines] of splits) {
    if (onlySplit && onlySplit !== name) continue;
    table(lines, results, `== ${name} split: every finding`);
  }
  if (!onlySplit) table(all, results, '== all: only findings with confidence ≥ 0.8 (what holds a send at the default sensitivity)', 0.8);
  if (verbose) {
    console.log('\nDisagreements:');
    for (const l of all) {
      if (onlySplit && (l.split ?? 'dev') !== onlySplit) continue;
      const f = results.get(l.id) ?? [];
      const got = [...new Set(f.map((x) => x.rule))].sort();
      const want = [...l.expect].sort();
      if (got.join() !== want.join()) {
        console.log(`${l.id} [${l.split}] want=${want.join(',') || '-'} got=${f.map((x) => `${x.rule}@${x.confidence}`).join(',') || '-'}\n    ${l.text.slice(0, 160)}`);
      }
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
