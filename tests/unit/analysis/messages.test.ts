import { describe, expect, it } from 'vitest';
import { firstName, InMemorySendMemory, fingerprint, judge, prepare, type Finding } from '../../../lib/analysis';
import { analyzeWithRules as analyzeDraft } from '../../../lib/analysis/core';
import { formatFrom } from '../../../lib/i18n/format';
import { loadCatalog } from '../../../lib/i18n/node-catalog';
import en from '../../../assets/locales/en/analysis.json';
import de from '../../../assets/locales/de/analysis.json';

const catalogs = { en: loadCatalog('en'), de: loadCatalog('de') };

/** Drafts that produce every kind of finding (the rules' wording, and the learned layer's own). */
function allFindings(): Finding[] {
  const mem = new InMemorySendMemory();
  const long = 'Hi Anna, thanks for connecting! I am building a community of product people in Berlin and would love to have you on board.';
  mem.record({ fingerprint: fingerprint(long), recipientKey: 'x', at: 0 });
  mem.record({ fingerprint: fingerprint(long), recipientKey: 'y', at: 0 });
  const out: Finding[] = [];
  for (const name of [undefined, 'Dr. Anna Example']) {
    const recipient = name ? { name } : undefined;
    out.push(
      ...analyzeDraft('Happy birthday! All the best!', { recipient }),
      ...analyzeDraft('Happy birthday!', { recipient, prefill: 'Happy birthday!' }),
      ...analyzeDraft('🎂', { recipient, occasion: 'birthday' }),
      ...analyzeDraft('Hi, we offer SEO services.', { recipient, firstMessage: true }),
      ...analyzeDraft('Hi, would you be open to a quick call?', { recipient, firstMessage: true }),
      ...analyzeDraft('Hi, could you introduce me to your CFO?', { recipient, firstMessage: true }),
      ...analyzeDraft('Hallo, Lust auf einen unverbindlichen Erfahrungsaustausch zu unseren Lösungen?', { recipient, firstMessage: true }),
      ...analyzeDraft('Happy birthday! Btw, could you share my post with your network?', { recipient }),
      ...analyzeDraft('Merry Christmas! By the way, could you share our hiring post with your network?', { recipient }),
      ...analyzeDraft('Happy birthday! Btw, could you share my post with your network?', { recipient, lastExchangeDaysAgo: 500 }),
      ...analyzeDraft('Happy birthday! Btw, could you share my post with your network?', { recipient, lastExchangeDaysAgo: 1200 }),
      ...analyzeDraft('Congrats on the new role! By the way, we offer recruiting services.', { recipient }),
      ...analyzeDraft(long, { recipient }, mem),
      ...analyzeDraft(long.slice(0, 90), { recipient, now: 0 }, (() => { const m = new InMemorySendMemory(); m.record({ fingerprint: fingerprint(long.slice(0, 90)), recipientKey: 'z', at: 0 }); return m; })()),
      ...analyzeDraft('Hallo, hast du Zeit?', { recipient: { ...recipient, register: 'sie' } }),
      ...analyzeDraft('Hallo, hast du Zeit?', { recipient, firstMessage: true }),
      ...analyzeDraft('Danke für Ihre Mail. Hast du Zeit?', { recipient }),
      ...analyzeDraft('Hallo, könnten Sie mir die Unterlagen schicken?', { recipient: { ...recipient, register: 'du' } }),
      ...analyzeDraft('Bonjour, merci pour ton message. Pouvez-vous me renvoyer le devis ?', { recipient }),
      ...analyzeDraft('Hola, ¿tú puedes mandarme el informe?', { recipient: { ...recipient, register: 'sie' } }),
      ...analyzeDraft('Ciao, come sta? La ringrazio per il Suo messaggio.', { recipient: { ...recipient, register: 'du' } }),
      ...analyzeDraft('circling back', { recipient, personalRules: [{ id: '1', kind: 'flag', phrase: 'circling back', severity: 'warn' }] }),
      ...analyzeDraft('circling back', { recipient, personalRules: [{ id: '1', kind: 'flag', phrase: 'circling back', severity: 'warn', note: 'pushy' }] }),
      // the learned layer alone (no rule cue): its own wording, quoting the words it weighed most
      ...judge(prepare('Hi, Zorblax keeps your fleet moving.', { recipient, firstMessage: true }), undefined, { 'pitch-first-message': { confidence: 0.85, spans: [[4, 11]] } }),
    );
  }
  return out;
}

describe('messages', () => {
  const findings = allFindings();

  it('covers every message key the analyzer can produce', () => {
    const keys = new Set(findings.map((f) => f.message.key));
    const explanationKeys = Object.keys(en).filter((k) => !k.startsWith('analysis_q_'));
    expect([...keys].sort()).toEqual(explanationKeys.sort());
  });

  it('uses only keys that exist in English and German, with every $n filled', () => {
    for (const f of findings) {
      for (const ref of [f.message, ...f.questions]) {
        for (const [lang, cat] of Object.entries(catalogs)) {
          expect(cat[ref.key], `${lang}: ${ref.key}`).toBeDefined();
          const text = formatFrom(cat, ref.key, ref.params);
          expect(text).not.toMatch(/\$\d/);
          expect(text.trim().length).toBeGreaterThan(5);
        }
      }
    }
  });

  it('keeps English and German key sets and placeholders in step', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
    for (const [key, entry] of Object.entries(en)) {
      const de_ = (de as Record<string, { message: string }>)[key]!;
      expect(key).toMatch(/^analysis_[A-Za-z0-9_]+$/);
      const ph = (m: string): string[] => [...m.matchAll(/\$(\d)/g)].map((x) => x[1]!).sort();
      // A singular form may write its count out ("one other person", "eine andere Person").
      const countless = (m: string): string[] => ph(m).filter((p) => !(key.endsWith('_one') && p === '1' && /\$1 = count/.test((entry as { description?: string }).description ?? '')));
      expect(countless(de_.message), key).toEqual(countless(entry.message));
    }
  });

  it('uses the recipient\'s first name in questions when known, and a name-less variant otherwise', () => {
    const named = analyzeDraft('Happy birthday! All the best!', { recipient: { name: 'Dr. Anna Example' } })[0]!;
    expect(named.questions[0]).toEqual({ key: 'analysis_q_lastTalk', params: ['Anna'] });
    expect(formatFrom(catalogs.en, named.questions[0]!.key, named.questions[0]!.params)).toBe('What did you last talk about with Anna?');
    expect(formatFrom(catalogs.de, named.questions[0]!.key, named.questions[0]!.params)).toBe('Worüber haben Sie zuletzt mit Anna gesprochen?');
    const anon = analyzeDraft('Happy birthday! All the best!')[0]!;
    expect(anon.questions[0]).toEqual({ key: 'analysis_q_lastTalk_anon' });
  });

  it('varies the questions between drafts', () => {
    const sets = new Set<string>();
    for (const t of ['Happy birthday!', 'Happy birthday!!', 'Happy birthday 🎉', 'HBD!', 'Happy bday!', 'Happy birthday, all the best!', 'Alles Gute zum Geburtstag!', 'Alles Gute!!']) {
      const f = analyzeDraft(t, { occasion: 'birthday' })[0];
      if (f) sets.add(f.questions.map((q) => q.key).join());
    }
    expect(sets.size).toBeGreaterThan(2);
  });

  it('finds first names behind titles', () => {
    expect(firstName('Dr. Anna Example')).toBe('Anna');
    expect(firstName('Herr Prof. Klaus Wagner')).toBe('Klaus');
    expect(firstName('  ')).toBeUndefined();
    expect(firstName(undefined)).toBeUndefined();
  });
});
