#!/usr/bin/env node
// Cohen's kappa between the corpus labels and an independent second labeller's, per rule and
// split. The second labeller saw texts and contexts only (tests/analysis/tools/relabel-sample.mjs).
//   node tests/analysis/tools/kappa.mjs tests/analysis/corpus/relabel/labels.jsonl
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
const file = process.argv[2];
const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'corpus');
const gold = new Map(readdirSync(dir).filter((f) => f.endsWith('.jsonl')).flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l))).map((o) => [o.id, o]));
const second = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const RULES = ['templated-greeting', 'pitch-first-message', 'greeting-pretext', 'template-reuse', 'register-switch'];
const rows = [];
for (const s of second) {
  const g = gold.get(s.id);
  if (!g) throw new Error(`unknown id ${s.id}`);
  rows.push({ split: g.split, a: new Set(g.expect), b: new Set(s.expect), unsure: !!s.unsure });
}
function kappa(rs, rule) {
  let n = 0, both = 0, onlyA = 0, onlyB = 0, none = 0;
  for (const r of rs) { n++; const a = r.a.has(rule), b = r.b.has(rule); if (a && b) both++; else if (a) onlyA++; else if (b) onlyB++; else none++; }
  const po = (both + none) / n;
  const pa = (both + onlyA) / n, pb = (both + onlyB) / n;
  const pe = pa * pb + (1 - pa) * (1 - pb);
  return { k: pe === 1 ? 1 : (po - pe) / (1 - pe), agree: po, pos: both + onlyA, n };
}
console.log(`${rows.length} items relabelled blind by a second labeller (${rows.filter((r) => r.unsure).length} marked unsure)`);
console.log('rule'.padEnd(22) + ['blind', 'train', 'all'].map((s) => s.padEnd(22)).join(''));
for (const rule of RULES) {
  const cells = ['blind', 'train', 'all'].map((s) => { const k = kappa(s === 'all' ? rows : rows.filter((r) => r.split === s), rule); return `κ ${k.k.toFixed(2)} (${(k.agree * 100).toFixed(0)}%, ${k.pos}+)`.padEnd(22); });
  console.log(rule.padEnd(22) + cells.join(''));
}
