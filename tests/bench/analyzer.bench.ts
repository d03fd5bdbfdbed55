/**
 * `npm run bench`: the analyzer against write-good and alex, in the same process, on the same
 * drafts. ≥ 1,000 drafts of 20–2,000 characters (plus a batch of exactly 2,000), built from the
 * labelled corpus's sentences with a seeded generator so every run sees the same input.
 *
 * Prints median and p99 microseconds per draft for each tool, the ratios, the p99 for
 * 2,000-character drafts, and the time for 100,000-character adversarial inputs.
 * Targets: p99 < 1 ms at 2,000 characters; ≥ 5× faster than write-good.
 */
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { text as alexText } from 'alex';
import { analyzeDraft, fingerprint, InMemorySendMemory, type DraftContext } from '../../lib/analysis';
import { loadCorpus } from '../analysis/eval';

const writeGood = createRequire(import.meta.url)('write-good') as (text: string) => unknown[];

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface BenchDraft {
  text: string;
  context: DraftContext;
}

export function buildDrafts(count: number, fixed2000: number, seed = 42): BenchDraft[] {
  const rnd = mulberry32(seed);
  // the tuning split only: blind text is read at milestones, by the eval, and nowhere else
  const corpus = loadCorpus().filter((l) => l.split !== 'blind');
  const sentences = corpus.flatMap((l) => l.text.split(/(?<=[.!?])\s+/)).filter((s) => s.length > 3);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const make = (len: number): string => {
    let out = '';
    while (out.length < len) out += (out ? (rnd() < 0.2 ? '\n\n' : ' ') : '') + pick(sentences);
    out = out.slice(0, len);
    return out;
  };
  const contexts: DraftContext[] = [
    {},
    { firstMessage: true, recipient: { name: 'Anna Example', key: 'li:anna' } },
    { firstMessage: false, recipient: { name: 'Jan Hoffmann', key: 'li:jan', register: 'sie' } },
    { occasion: 'birthday', surface: 'birthday', prefill: 'Happy birthday, Anna!', recipient: { name: 'Anna Example' } },
    { surface: 'connection-note', personalRules: [{ id: 'r1', kind: 'flag', phrase: 'circling back', severity: 'warn' }, { id: 'r2', kind: 'allow', phrase: 'demo*', severity: 'info' }] },
  ];
  const drafts: BenchDraft[] = [];
  for (let i = 0; i < count; i++) {
    // log-uniform between 20 and 2,000 characters
    const len = Math.round(Math.exp(Math.log(20) + rnd() * (Math.log(2000) - Math.log(20))));
    drafts.push({ text: make(len), context: { ...pick(contexts), now: 1_700_000_000_000 } });
  }
  for (let i = 0; i < fixed2000; i++) drafts.push({ text: make(2000), context: { ...pick(contexts), now: 1_700_000_000_000 } });
  return drafts;
}

export function adversarialInputs(n = 100_000): [string, string][] {
  const rep = (s: string): string => s.repeat(Math.ceil(n / s.length)).slice(0, n);
  return [
    ['one long word', rep('a')],
    ['words and hyphens', rep('win-win ')],
    ['apostrophes', rep("a'")],
    ['emoji', rep('🎉🎂')],
    ['zero-width and RTL marks', rep('a\u200b\u200f\u202eb\u200d ')],
    ['greeting repeated', rep('Happy birthday! ')],
    ['pitch repeated', rep('Would you be open to a quick call? ')],
    ['du/Sie repeated', rep('Sie du dich Ihnen ')],
    ['punctuation', rep('.!?,;')],
    ['combining marks', rep('e\u0301\u0301\u0301')],
  ];
}

function quantile(sorted: readonly number[], q: number): number {
  if (!sorted.length) return NaN;
  const idx = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
  return sorted[Math.max(0, idx)]!;
}

/** CPU µs per draft, averaged over the whole run (insensitive to other processes on the machine). */
const cpuPerDraft = new Map<string, number>();

/** Per-draft wall-clock time in µs: the median over `rounds` runs of that draft. */
function timeEach(name: string, drafts: readonly BenchDraft[], fn: (d: BenchDraft) => unknown, rounds: number): number[] {
  const per: number[][] = drafts.map(() => []);
  const cpu0 = process.cpuUsage();
  for (let r = 0; r < rounds; r++) {
    drafts.forEach((d, i) => {
      const t0 = performance.now();
      fn(d);
      per[i]!.push((performance.now() - t0) * 1000);
    });
  }
  const cpu = process.cpuUsage(cpu0);
  cpuPerDraft.set(name, (cpu.user + cpu.system) / (drafts.length * rounds));
  return per.map((xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!);
}

function main(): void {
  const drafts = buildDrafts(1000, 200);
  const memory = new InMemorySendMemory();
  // a realistic history: 500 sent messages
  buildDrafts(500, 0, 7).forEach((d, i) => memory.record({ fingerprint: fingerprint(d.text), recipientKey: `r${i % 120}`, at: 1_700_000_000_000 - i * 3_600_000 }));

  const ours = (d: BenchDraft): unknown => analyzeDraft(d.text, d.context, memory);
  const wg = (d: BenchDraft): unknown => writeGood(d.text);
  const alex = (d: BenchDraft): unknown => alexText(d.text).messages;

  // warm up every JIT on a slice
  const warm = drafts.slice(0, 150);
  for (let k = 0; k < 3; k++) for (const d of warm) ours(d);
  for (const d of warm) wg(d);
  for (const d of warm.slice(0, 50)) alex(d);

  const tools: [string, (d: BenchDraft) => unknown, number][] = [
    ['taktvoll', ours, 5],
    ['write-good', wg, 3],
    ['alex', alex, 1],
  ];
  const lengths = drafts.map((d) => d.text.length);
  console.log(`${drafts.length} drafts, ${Math.min(...lengths)}–${Math.max(...lengths)} characters (${drafts.filter((d) => d.text.length === 2000).length} of exactly 2,000); memory holds ${memory.size} fingerprints`);
  const results = new Map<string, { all: number[]; at2000: number[] }>();
  for (const [name, fn, rounds] of tools) {
    const t = timeEach(name, drafts, fn, rounds);
    results.set(name, {
      all: [...t].sort((a, b) => a - b),
      at2000: t.filter((_, i) => drafts[i]!.text.length === 2000).sort((a, b) => a - b),
    });
  }
  const ourRes = results.get('taktvoll')!;
  const fmt = (x: number): string => x.toFixed(1).padStart(10);
  console.log(`load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} — wall-clock times include waiting for the CPU on a busy machine; the CPU column does not`);
  console.log(`\n${'tool'.padEnd(12)}${'median µs'.padStart(10)}${'p99 µs'.padStart(10)}${'med@2000'.padStart(10)}${'p99@2000'.padStart(10)}${'×median'.padStart(10)}${'×p99'.padStart(10)}${'CPU µs'.padStart(10)}`);
  for (const [name] of tools) {
    const r = results.get(name)!;
    const med = quantile(r.all, 0.5);
    const p99 = quantile(r.all, 0.99);
    const ratioMed = med / quantile(ourRes.all, 0.5);
    const ratioP99 = p99 / quantile(ourRes.all, 0.99);
    console.log(`${name.padEnd(12)}${fmt(med)}${fmt(p99)}${fmt(quantile(r.at2000, 0.5))}${fmt(quantile(r.at2000, 0.99))}${fmt(ratioMed)}${fmt(ratioP99)}${fmt(cpuPerDraft.get(name) ?? NaN)}`);
  }
  console.log('(×median / ×p99: how many times slower than taktvoll; CPU µs: mean CPU time per draft over the run)');

  console.log('\n100,000-character adversarial inputs (taktvoll, best of 3):');
  let worst = 0;
  for (const [label, s] of adversarialInputs()) {
    let best = Infinity;
    for (let k = 0; k < 3; k++) {
      const t0 = performance.now();
      analyzeDraft(s, { firstMessage: true, recipient: { name: 'Anna', register: 'sie' }, prefill: 'Happy birthday!', personalRules: [{ id: 'x', kind: 'flag', phrase: 'a*a*a*b', severity: 'warn' }] }, memory);
      best = Math.min(best, performance.now() - t0);
    }
    worst = Math.max(worst, best);
    console.log(`  ${label.padEnd(26)}${best.toFixed(1).padStart(8)} ms`);
  }

  const p99at2000 = quantile(ourRes.at2000, 0.99);
  const wgRatio = quantile(results.get('write-good')!.all, 0.5) / quantile(ourRes.all, 0.5);
  console.log('\nTargets:');
  console.log(`  p99 at 2,000 characters < 1,000 µs: ${p99at2000.toFixed(1)} µs  ${p99at2000 < 1000 ? 'PASS' : 'FAIL'}`);
  console.log(`  ≥ 5× faster than write-good (median): ${wgRatio.toFixed(1)}×  ${wgRatio >= 5 ? 'PASS' : 'FAIL'}`);
  console.log(`  100,000-character adversarial input < 50 ms: worst ${worst.toFixed(1)} ms  ${worst < 50 ? 'PASS' : 'FAIL'}`);
}

if (process.argv[1]?.endsWith('analyzer.bench.ts')) main();
