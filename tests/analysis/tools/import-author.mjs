#!/usr/bin/env node
// Import an independent author's folder into tests/analysis/corpus/<author>.jsonl, tagging each
// item with its author and split. Prints counts only (never item text), so blind items can be
// imported without being read.
//   node tests/analysis/tools/import-author.mjs /work/corpus/a1 train
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
const [dir, split] = process.argv.slice(2);
if (!dir || !['train', 'blind'].includes(split)) { console.error('usage: import-author.mjs <folder> train|blind'); process.exit(2); }
const author = basename(dir);
const lines = [];
for (const f of readdirSync(dir).filter((n) => n.endsWith('.jsonl')).sort()) {
  for (const l of readFileSync(join(dir, f), 'utf8').split('\n')) {
    if (!l.trim()) continue;
    const o = JSON.parse(l);
    const out = { id: o.id, lang: o.lang, text: o.text, context: o.context ?? {}, expect: o.expect, split, author };
    if (o.seq !== undefined) out.seq = o.seq;
    if (o.why) out.why = o.why;
    lines.push(JSON.stringify(out));
  }
}
const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'corpus', `${author}.jsonl`);
writeFileSync(target, lines.join('\n') + '\n');
console.log(`${author}: ${lines.length} items → ${target} (split ${split})`);
