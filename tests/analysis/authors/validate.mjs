#!/usr/bin/env node
// Format check and counts for a corpus author's folder. Does not judge labels.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
const dir = process.argv[2];
if (!dir) { console.error('usage: node validate.mjs <folder>'); process.exit(2); }
const LANGS = ['de', 'en', 'fr', 'es', 'it', 'nl'];
const RULES = ['templated-greeting', 'pitch-first-message', 'greeting-pretext', 'template-reuse', 'register-switch'];
const SITES = ['linkedin', 'xing', 'facebook'];
const SURF = ['message', 'connection-note', 'birthday', 'wall-post', 'comment'];
const OCC = ['birthday', 'work-anniversary', 'new-job', 'holiday'];
const errors = []; const ids = new Set(); const items = [];
for (const f of readdirSync(dir).filter((n) => n.endsWith('.jsonl')).sort()) {
  readFileSync(join(dir, f), 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${f}:${i + 1}`;
    let o; try { o = JSON.parse(line); } catch (e) { errors.push(`${where}: invalid JSON (${e.message})`); return; }
    const bad = (m) => errors.push(`${where}: ${m}`);
    for (const k of Object.keys(o)) if (!['id', 'lang', 'text', 'context', 'expect', 'seq', 'why'].includes(k)) bad(`unknown field ${k}`);
    if (typeof o.id !== 'string' || !o.id) bad('id must be a non-empty string'); else if (ids.has(o.id)) bad(`duplicate id ${o.id}`); else ids.add(o.id);
    if (!LANGS.includes(o.lang)) bad(`lang must be one of ${LANGS}`);
    if (typeof o.text !== 'string' || !o.text.trim()) bad('text must be a non-empty string');
    if (!Array.isArray(o.expect)) bad('expect must be an array'); else for (const r of o.expect) if (!RULES.includes(r)) bad(`unknown rule ${r}`);
    if (o.seq !== undefined && typeof o.seq !== 'string') bad('seq must be a string');
    const c = o.context ?? {};
    if (typeof c !== 'object' || Array.isArray(c)) bad('context must be an object');
    for (const k of Object.keys(c)) if (!['site', 'surface', 'firstMessage', 'occasion', 'recipient', 'prefill'].includes(k)) bad(`unknown context field ${k}`);
    if (c.site !== undefined && !SITES.includes(c.site)) bad(`site must be one of ${SITES}`);
    if (c.surface !== undefined && !SURF.includes(c.surface)) bad(`surface must be one of ${SURF}`);
    if (c.occasion !== undefined && !OCC.includes(c.occasion)) bad(`occasion must be one of ${OCC}`);
    if (c.firstMessage !== undefined && typeof c.firstMessage !== 'boolean') bad('firstMessage must be true/false or absent');
    if (c.prefill !== undefined && typeof c.prefill !== 'string') bad('prefill must be a string');
    if (c.recipient !== undefined) {
      if (typeof c.recipient !== 'object') bad('recipient must be an object');
      else for (const k of Object.keys(c.recipient)) if (!['name', 'register'].includes(k)) bad(`unknown recipient field ${k}`);
      if (c.recipient?.register !== undefined && !['du', 'sie'].includes(c.recipient.register)) bad('register must be du or sie');
    }
    if (o.seq !== undefined && !c.recipient?.name) bad('sequence items need recipient.name');
    if (o.expect?.includes('template-reuse') && o.seq === undefined) bad('template-reuse needs a seq');
    items.push({ ...o, file: f, line: i + 1 });
  });
}
// sequences must be consecutive
const seen = new Map(); let prev;
for (const it of items) { if (it.seq !== undefined) { if (seen.has(it.seq) && prev !== it.seq) errors.push(`${it.file}:${it.line}: sequence ${it.seq} is not on consecutive lines`); seen.set(it.seq, (seen.get(it.seq) ?? 0) + 1); } prev = it.seq; }
const count = (f) => { const m = {}; for (const it of items) for (const k of [].concat(f(it))) m[k] = (m[k] ?? 0) + 1; return m; };
console.log(`items: ${items.length}`);
console.log('per language:', count((i) => i.lang));
console.log('per label:', count((i) => (i.expect?.length ? i.expect : ['(none)'])));
console.log('per site:', count((i) => i.context?.site ?? '(none)'));
console.log('per surface:', count((i) => i.context?.surface ?? '(none)'));
console.log('firstMessage:', count((i) => String(i.context?.firstMessage ?? '(absent)')));
console.log(`sequences: ${seen.size} (${[...seen.values()].join(', ')} items)`);
if (errors.length) { console.log(`\n${errors.length} error(s):`); for (const e of errors.slice(0, 50)) console.log('  ' + e); process.exit(1); }
console.log('\nformat OK');
