import { describe, expect, it } from 'vitest';
import { analyzeDraft, detectRegister } from '../../../lib/analysis';

describe('detectRegister', () => {
  it.each([
    ['Hallo Anna, wie geht es dir?', 'du'],
    ['Hast du morgen Zeit?', 'du'],
    ['Danke für deine Nachricht!', 'du'],
    ['Wie geht es Ihnen?', 'sie'],
    ['Sehr geehrte Frau Meier, vielen Dank.', 'sie'],
    ['Könnten Sie mir die Unterlagen schicken?', 'sie'],
    ['Vielen Dank für Ihre Nachricht.', 'sie'],
  ] as const)('%j → %s', (text, reg) => {
    expect(detectRegister(text)).toBe(reg);
  });

  it.each([
    'Je parle du travail et de la famille.',
    'Sie kommt morgen.', // "she", at a sentence start
    'Happy birthday!',
    '',
  ])('%j has no register', (text) => {
    expect(detectRegister(text)).toBeUndefined();
  });
});

describe('register-switch', () => {
  it('notes "du" to someone addressed as "Sie" before, as info, naming them', () => {
    const f = analyzeDraft('Hallo Anna, hast du Lust, vorbeizukommen?', { firstMessage: false, recipient: { name: 'Anna Schmidt', register: 'sie' } }).find((x) => x.rule === 'register-switch');
    expect(f?.severity).toBe('info');
    expect(f?.message).toEqual({ key: 'analysis_register_toSie', params: ['Anna'] });
  });

  it('says nothing about "du" where no switch is real (a first message, or people already on du)', () => {
    expect(analyzeDraft('Hi Lea, dein Post war super!', { firstMessage: true }).map((f) => f.rule)).not.toContain('register-switch');
    expect(analyzeDraft('Hi Lea, dein Post war super!', { firstMessage: true, recipient: { register: 'du' } }).map((f) => f.rule)).not.toContain('register-switch');
    expect(analyzeDraft('Hi Lea, dein Post war super!', { firstMessage: false }).map((f) => f.rule)).not.toContain('register-switch');
  });

  it('notes "Sie" to someone who was on "du" before', () => {
    const f = analyzeDraft('Hallo Lea, könnten Sie mir die Unterlagen bis Freitag schicken?', { firstMessage: false, recipient: { name: 'Lea Berg', register: 'du' } }).find((x) => x.rule === 'register-switch');
    expect(f?.message).toEqual({ key: 'analysis_register_toDu', params: ['Lea'] });
  });

  it('knows the formal and the informal "you" in French, Spanish, Italian and Dutch', () => {
    const rule = (text: string, register?: 'du' | 'sie') => analyzeDraft(text, { firstMessage: false, recipient: register ? { register } : undefined }).find((x) => x.rule === 'register-switch')?.message.key;
    expect(rule('Bonjour Paul, merci pour ton message. Pouvez-vous me renvoyer le devis ?')).toBe('analysis_register_otherMixed');
    expect(rule('Hola Ana, ¿tú puedes mandarme el informe? Gracias.', 'sie')).toBe('analysis_register_otherFormal');
    expect(rule('Ciao Marco, come sta? La ringrazio per il Suo messaggio e per la visita.', 'du')).toBe('analysis_register_otherInformal');
    expect(rule('Hoi Daan, kun je mij het verslag sturen? Dank voor uw hulp.')).toBe('analysis_register_otherMixed');
    expect(rule('Bonjour Paul, merci pour ton message et à bientôt.')).toBeUndefined();
  });

  it('notes a draft that mixes both', () => {
    const f = analyzeDraft('Vielen Dank für Ihre Nachricht. Kannst du mir die Unterlagen schicken?', { firstMessage: false }).find((x) => x.rule === 'register-switch');
    expect(f?.message.key).toBe('analysis_register_mixed');
  });

  it('stays quiet for formal drafts and French "du"', () => {
    expect(analyzeDraft('Wie geht es Ihnen?', { recipient: { register: 'sie' } })).toEqual([]);
    expect(analyzeDraft('Merci pour le retour du client !', { firstMessage: true })).toEqual([]);
  });
});
