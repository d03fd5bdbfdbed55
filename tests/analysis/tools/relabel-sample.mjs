#!/usr/bin/env node
// Draw a sample for an independent second labeller: texts and contexts only (no labels, no
// notes, no author), whole sequences kept together and in order. Seeded, so reproducible.
//   node tests/analysis/tools/relabel-sample.mjs <out.jsonl> [singlesPerSplit=150] [seqsPerSplit=3]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
const [out, perSplit = '150', seqs = '3'] = process.argv.slice(2);
const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'corpus');
let a = 20261204;
const rnd = () => { a = (a + 0x6d2b79f5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
const shuffle = (xs) => { for (let i = xs.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [xs[i], xs[j]] = [xs[j], xs[i]]; } return xs; };
const items = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l))).filter((o) => o.author);
const picked = [];
for (const split of ['blind', 'train']) {
  const pool = items.filter((o) => o.split === split);
  picked.push(...shuffle(pool.filter((o) => o.seq === undefined)).slice(0, Number(perSplit)));
  const seqIds = shuffle([...new Set(pool.filter((o) => o.seq !== undefined).map((o) => o.seq))]).slice(0, Number(seqs));
  for (const s of seqIds) picked.push(...pool.filter((o) => o.seq === s));
}
// singles shuffled together; each sequence stays a consecutive block in its original order
const singles = shuffle(picked.filter((o) => o.seq === undefined));
const blocks = [...new Set(picked.filter((o) => o.seq !== undefined).map((o) => o.seq))].map((s) => picked.filter((o) => o.seq === s));
const lines = [...singles.map((o) => [o]), ...blocks].flatMap((b) => b.map((o) => JSON.stringify({ id: o.id, lang: o.lang, text: o.text, context: o.context, ...(o.seq !== undefined ? { seq: o.seq } : {}) })));
writeFileSync(out, lines.join('\n') + '\n');
console.log(`${lines.length} items (${singles.length} singles, ${blocks.length} sequences) → ${out}`);
