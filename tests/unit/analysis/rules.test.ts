import { describe, expect, it } from 'vitest';
import { analyzeDraft, type DraftContext, type Finding, type RuleId } from '../../../lib/analysis';

const rules = (text: string, ctx: DraftContext = {}): RuleId[] => analyzeDraft(text, ctx).map((f) => f.rule);
const find = (text: string, rule: RuleId, ctx: DraftContext = {}): Finding | undefined => analyzeDraft(text, ctx).find((f) => f.rule === rule);
const spanText = (text: string, f: Finding): string[] => f.spans.map(([s, e]) => text.slice(s, e));

describe('templated-greeting', () => {
  it('does not take short replies in a chat for stock wishes (the learned layer alone never makes a wish)', () => {
    for (const t of ['hm', 'lol', 'aaa', 'xyz', 'ok cool', 'Top!', 'passt', 'see you', 'Danke dir!']) {
      expect(analyzeDraft(t, { site: 'facebook', surface: 'message', firstMessage: false })).toEqual([]);
    }
    expect(analyzeDraft('Alles Gute!', { site: 'facebook', surface: 'message', firstMessage: false }).map((f) => f.rule)).toEqual(['templated-greeting']);
  });

  it.each([
    ['Happy birthday! All the best!', {}],
    ['Alles Gute zum Geburtstag!', { occasion: 'birthday' }],
    ['HBD 🎉', {}],
    ['Herzlichen Glückwunsch zum Geburtstag, lieber Thomas! Ich wünsche dir viel Gesundheit und Erfolg. Viele Grüße, Markus', { recipient: { name: 'Thomas Becker' } }],
    ['Joyeux anniversaire !', {}],
    ['¡Feliz cumpleaños!', {}],
    ['Buon compleanno!', {}],
    ['Gefeliciteerd met je verjaardag!', {}],
  ] as [string, DraftContext][])('flags the generic wish %j with a confidence that holds a send', (text, ctx) => {
    const f = find(text, 'templated-greeting', ctx);
    expect(f?.severity).toBe('warn');
    expect(f?.confidence).toBeGreaterThanOrEqual(0.85);
  });

  it.each([
    'Alles Gute zum Geburtstag, Tom! Wie war eigentlich die Reise nach Lissabon?',
    'Happy birthday, Sarah! Still laughing about the karaoke night in Leeds. Drinks on me next time you are in town.',
    'Alles Gute, Sabine! Ich denke gern an unseren Workshop in Hamburg zurück.',
    'Thanks for the update on the release. Also happy birthday, I hope the team got you a cake!',
    'Danke für die schnelle Rückmeldung zum Angebot. Alles Gute für Ihr Projekt!',
  ])('leaves the personal wish %j alone', (text) => {
    expect(rules(text, { occasion: 'birthday' })).not.toContain('templated-greeting');
  });

  it('does not mistake thanks for wishes for a wish', () => {
    expect(rules('Thank you so much for the birthday wishes!')).toEqual([]);
    expect(rules('Vielen Dank für die Glückwünsche zum Geburtstag!')).toEqual([]);
  });

  it('points at the greeting words', () => {
    const text = 'Happy birthday, Anna! 🎉';
    const f = find(text, 'templated-greeting')!;
    expect(spanText(text, f)).toEqual(['Happy birthday']);
  });

  it('notices the site prefill sent unchanged, and nearly unchanged', () => {
    const ctx: DraftContext = { prefill: 'Happy birthday, Anna!', recipient: { name: 'Anna Example' }, occasion: 'birthday' };
    const same = find('Happy birthday, Anna!', 'templated-greeting', ctx)!;
    expect(same.message.key).toBe('analysis_greeting_prefill');
    expect(same.confidence).toBeGreaterThanOrEqual(0.95);
    const nearly = find('Happy birthday Anna 🎉', 'templated-greeting', ctx)!;
    expect(nearly.message.key).toBe('analysis_greeting_prefill');
    expect(rules('Happy birthday, Anna! Hope Lisbon treated you well, tell me about the surf camp.', ctx)).toEqual([]);
  });

  it('flags emoji-only wishes only when they are wishes', () => {
    expect(find('🎂🎉', 'templated-greeting', { occasion: 'birthday' })?.message.key).toBe('analysis_greeting_emoji');
    expect(find('🎂', 'templated-greeting')?.message.key).toBe('analysis_greeting_emoji');
    expect(find('🥳', 'templated-greeting', { surface: 'birthday' })?.message.key).toBe('analysis_greeting_emoji');
    // "🎉" answers good news too: without an occasion it is not a birthday wish
    expect(rules('🎉🎉🎉', { firstMessage: false })).toEqual([]);
    expect(rules('👍', { firstMessage: false })).toEqual([]);
  });

  it('takes a bare congratulation for a wish, and thanks for congratulations for a reply', () => {
    expect(rules('Congrats!', { occasion: 'new-job' })).toContain('templated-greeting');
    expect(rules('Congrats, well deserved! 👏', { surface: 'comment' })).toContain('templated-greeting');
    expect(rules('Thanks so much for the congrats, Ben!', { firstMessage: false })).toEqual([]);
  });
});

describe('pitch-first-message', () => {
  const first: DraftContext = { firstMessage: true };
  it.each([
    'Hi Anna, I help SaaS founders double their pipeline. Would you be open to a quick 15-minute call? calendly.com/tom/15min',
    'Hallo Frau Meier, ich würde mich über ein kurzes Kennenlernen freuen – ganz unverbindlich.',
    'Hallo Stefan, ich fände einen Erfahrungsaustausch spannend. Wann passt es dir?',
    'Hi Mark, I would love to pick your brain about how you scaled your support team.',
    'Hi Tom, would you mind sharing this with your network?',
    'Guten Tag, wir bieten Recruiting-Lösungen für den Mittelstand. Haben Sie Interesse an einem unverbindlichen Angebot?',
    'Bonjour Paul, seriez-vous disponible pour un appel rapide ? Sans engagement.',
    'Hola Marta, ¿tendrías 15 minutos para una llamada rápida?',
  ])('flags %j in a first message', (text) => {
    const f = find(text, 'pitch-first-message', first);
    expect(f?.severity).toBe('warn');
    expect(f?.confidence).toBeGreaterThanOrEqual(0.85);
    expect(f?.spans.length).toBeGreaterThan(0);
  });

  it.each([
    'Hi Anna, I loved your talk on accessibility at JSConf. How did you get buy-in for the audit?',
    'Hi Sarah, I saw your call for speakers for DevOpsDays. Is the deadline still the 15th?',
    'Hi Tom, the demo you gave at the hackathon was brilliant. Which library did you use?',
    'Guten Tag Frau Wolf, darf ich mich kurz vorstellen: Ich bin Lena, neu im Team Nachhaltigkeit.',
    'Guten Tag Herr Klein, Ihr Hinweis zur Call-Option im Artikel war sehr erhellend.',
  ])('does not flag the genuine first message %j', (text) => {
    expect(rules(text, first)).not.toContain('pitch-first-message');
  });

  it('is silent once the two have talked, and in comments', () => {
    const ask = 'Would you be open to a quick call tomorrow to finalise the slides?';
    expect(rules(ask, { firstMessage: true })).toContain('pitch-first-message');
    expect(rules(ask, { firstMessage: false })).not.toContain('pitch-first-message');
    expect(rules('We help companies grow. Book a demo!', { surface: 'comment' })).not.toContain('pitch-first-message');
  });

  it('is less sure when it does not know whether this is a first message', () => {
    const text = 'Hi Anna, I help SaaS founders double their pipeline. Book a call: calendly.com/tom';
    const known = find(text, 'pitch-first-message', first)!;
    const unknown = find(text, 'pitch-first-message', {})!;
    expect(unknown.confidence).toBeLessThan(known.confidence);
    expect(unknown.data?.firstMessage).toBe('unknown');
  });

  it('treats "as discussed" as a follow-up when the context does not say', () => {
    const text = 'Hi Anna, as discussed, could we set up a call next week to go over our platform roadmap?';
    expect(rules(text)).not.toContain('pitch-first-message');
    expect(rules('Hi Anna, could we set up a call next week to go over our platform roadmap?', { firstMessage: true })).toContain('pitch-first-message');
  });

  it('needs a clear pitch when the context does not say it is a first message', () => {
    expect(rules('Can you send me the invoice for our services in March?')).toEqual([]);
    expect(rules('Könnten Sie mir die Rechnung für unsere Dienstleistungen im März schicken?')).toEqual([]);
    expect(rules('Can you send me the invoice for our services in March?', { firstMessage: true })).toContain('pitch-first-message');
    expect(rules('Hi, we help SaaS companies cut churn. Would you be open to a quick call?')).toContain('pitch-first-message');
  });

  it('quotes the trigger in the message', () => {
    const f = find('Hi, would you be open to a quick call?', 'pitch-first-message', first)!;
    expect(f.message.key).toBe('analysis_pitch_ask');
    expect(f.message.params?.[0]).toBe('would you be open to a quick call');
  });
});

describe('greeting-pretext', () => {
  it('flags a birthday wish that leads into an ask', () => {
    const text = 'Alles Gute zum Geburtstag! Übrigens suche ich gerade neue Aufträge im Bereich UX – falls du jemanden kennst, sag Bescheid.';
    const f = find(text, 'greeting-pretext', { firstMessage: false })!;
    expect(f.severity).toBe('warn');
    expect(f.confidence).toBeGreaterThanOrEqual(0.85);
    expect(f.message.key).toBe('analysis_pretext_birthday');
    expect(spanText(text, f)[0]).toBe('Alles Gute zum Geburtstag');
    // nothing in it is for this person — neither the wish nor the ask: a templated greeting too
    expect(rules(text, { firstMessage: false })).toContain('templated-greeting');
    // a personal wish that leads into the same ask is a pretext, not a template
    expect(rules('Alles Gute zum Geburtstag, Jan! Wie war eigentlich euer Umzug nach Leipzig? Übrigens suche ich gerade neue Aufträge im Bereich UX – falls du jemanden kennst, sag Bescheid.', { firstMessage: false, recipient: { name: 'Jan Roth' } })).toEqual(['greeting-pretext']);
  });

  it('names the occasion', () => {
    expect(find('Merry Christmas! By the way, could you share our hiring post for the data team with your network?', 'greeting-pretext', { occasion: 'holiday' })?.message.key).toBe('analysis_pretext_holiday');
  });

  it('does not flag a greeting followed by something personal', () => {
    expect(rules('Happy birthday Sarah! Also, I finally read the book you recommended.', { firstMessage: false })).toEqual([]);
    expect(rules('Frohe Weihnachten, Herr Vogel! Danke für die angenehme Zusammenarbeit in diesem Jahr.', { firstMessage: false })).toEqual([]);
    // plans between friends are not an ask hidden behind a wish
    expect(rules("Happy birthday! Let's grab that coffee we keep postponing when you're back from Lisbon.", { firstMessage: false })).toEqual([]);
    expect(rules('Alles Gute zum Geburtstag! Wollen wir uns im Frühjahr endlich mal wieder zum Wandern treffen?', { firstMessage: false })).toEqual([]);
  });

  it('needs the greeting before the ask', () => {
    expect(rules('We offer SEO services for dentists. Book a call: calendly.com/x. Happy holidays!', { firstMessage: false })).not.toContain('greeting-pretext');
  });
});

describe('findings', () => {
  it('returns nothing for empty and whitespace drafts', () => {
    expect(analyzeDraft('')).toEqual([]);
    expect(analyzeDraft('   \n\t')).toEqual([]);
  });

  it('puts warnings first and only uses known severities, confidences in 0–1 and spans inside the draft', () => {
    const text = 'Hallo Anna, alles Gute zum Geburtstag! Hast du Lust auf einen kurzen Call zu unserem Angebot?';
    const fs = analyzeDraft(text, { firstMessage: true, recipient: { name: 'Anna', register: 'sie' } });
    expect(fs.length).toBeGreaterThan(1);
    expect(fs[0]!.severity).toBe('warn');
    for (const f of fs) {
      expect(['warn', 'info']).toContain(f.severity);
      expect(f.confidence).toBeGreaterThan(0);
      expect(f.confidence).toBeLessThanOrEqual(1);
      for (const [s, e] of f.spans) {
        expect(s).toBeGreaterThanOrEqual(0);
        expect(e).toBeLessThanOrEqual(text.length);
        expect(e).toBeGreaterThan(s);
      }
      expect(f.questions.length).toBeGreaterThanOrEqual(2);
      expect(f.questions.length).toBeLessThanOrEqual(3);
    }
  });

  it('is deterministic', () => {
    const text = 'Happy birthday, Sarah! Wishing you a fantastic year ahead 🎉';
    expect(analyzeDraft(text, { occasion: 'birthday' })).toEqual(analyzeDraft(text, { occasion: 'birthday' }));
  });
});

describe('lexicon matching', () => {
  it('matches a phrase written with "?" only at the end of a question', async () => {
    const { findPhrases } = await import('../../../lib/analysis/match');
    const { parse } = await import('../../../lib/analysis/text');
    const cta = (t: string): string[] => findPhrases(parse(t).tokens).filter((m) => m.entry.cat === 'cta').map((m) => t.slice(m.s, m.e));
    expect(cta('Flexible Arbeitszeiten! Interesse?')).toContain('Interesse');
    expect(cta('Ich habe Ihren Artikel mit großem Interesse gelesen.')).not.toContain('Interesse');
  });

  it('finds ask objects inside German compounds', async () => {
    const { findPhrases } = await import('../../../lib/analysis/match');
    const { parse } = await import('../../../lib/analysis/text');
    const objects = findPhrases(parse('Hätten Sie Interesse an einem Beratungsgespräch?').tokens).filter((m) => m.entry.cat === 'askObject');
    expect(objects.map((m) => m.entry.words[0])).toContain('gesprach');
  });
});

describe('the relationship in the context', () => {
  const story = 'Alles Gute zum Geburtstag, Jörg! Bei mir ist es gerade sehr ruhig mit Aufträgen. Falls du jemanden kennst, der einen Elektriker braucht, denk an mich.';
  const base: DraftContext = { site: 'xing', surface: 'birthday', occasion: 'birthday', firstMessage: false, recipient: { name: 'Jörg Albers' } };

  it('names a wish that leads into an ask after years of silence, and is surer of it', () => {
    const plain = find(story, 'greeting-pretext', base)!;
    const silent = find(story, 'greeting-pretext', { ...base, lastExchangeDaysAgo: 800 })!;
    expect(silent.message.key).toBe('analysis_pretext_silence_other');
    expect(silent.message.params?.[1]).toBe('2');
    expect(silent.confidence).toBeGreaterThanOrEqual(plain.confidence);
    expect(find(story, 'greeting-pretext', { ...base, lastExchangeDaysAgo: 400 })?.message.key).toBe('analysis_pretext_silence_one');
    expect(find(story, 'greeting-pretext', { ...base, lastExchangeDaysAgo: 90 })?.message.key).toBe('analysis_pretext_birthday');
  });

  it('never treats an ask in a two-way conversation as a cold pitch', () => {
    const ask = 'Hi Tom, we help logistics teams cut empty miles by 20%. Would you be open to a 15-minute call next week?';
    expect(rules(ask, { firstMessage: true })).toContain('pitch-first-message');
    expect(rules(ask, { twoWay: true })).not.toContain('pitch-first-message');
  });
});
