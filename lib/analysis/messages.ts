/** Explanations and coaching questions as i18n keys (assets/locales/{en,de}/analysis.json). */
import type { MessageKey, MessageRef } from '../i18n/keys';
import { titles } from './lexicon/shared';

type QuestionId =
  | 'lastTalk'
  | 'wishSpecific'
  | 'inPerson'
  | 'moment'
  | 'nothingInstead'
  | 'offerFirst'
  | 'whyThem'
  | 'replyReason'
  | 'askLater'
  | 'standAlone'
  | 'specific'
  | 'howAddressed'
  | 'offeredDu'
  | 'ownWords';

export type Pool = 'greeting' | 'pitch' | 'pretext' | 'reuse' | 'register' | 'personal';

/** The first question of each pool is the anchor; the rest rotate by a hash of the draft. */
const POOLS: Record<Pool, QuestionId[]> = {
  greeting: ['lastTalk', 'wishSpecific', 'moment', 'inPerson', 'nothingInstead'],
  pitch: ['offerFirst', 'whyThem', 'replyReason', 'askLater', 'inPerson'],
  pretext: ['standAlone', 'askLater', 'wishSpecific', 'inPerson'],
  reuse: ['specific', 'lastTalk', 'inPerson', 'replyReason'],
  register: ['howAddressed', 'offeredDu', 'inPerson'],
  personal: ['ownWords', 'inPerson'],
};

const TITLES = new Set(titles);

/** "Dr. Anna Example" → "Anna". Undefined when nothing name-like is left. */
export function firstName(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const parts = name.trim().split(/\s+/).slice(0, 8);
  for (const p of parts) {
    if (!TITLES.has(p.toLowerCase()) && /\p{L}/u.test(p)) return p.replace(/[,;:]+$/, '').slice(0, 40);
  }
  return undefined;
}

function q(id: QuestionId, name: string | undefined): MessageRef {
  return name
    ? { key: `analysis_q_${id}` as MessageKey, params: [name] }
    : { key: `analysis_q_${id}_anon` as MessageKey };
}

/** Two or three questions: the pool's anchor plus one or two others chosen by `seed`. */
export function questionsFor(pool: Pool, name: string | undefined, seed: number): MessageRef[] {
  const ids = POOLS[pool];
  const count = Math.min(ids.length, 2 + (seed & 1));
  const [anchor, ...rest] = ids;
  const out: MessageRef[] = anchor ? [q(anchor, name)] : [];
  let start = (seed >>> 1) % rest.length;
  while (out.length < count && rest.length) {
    const id = rest[start % rest.length];
    if (id) out.push(q(id, name));
    start++;
  }
  return out;
}

export function ref(key: MessageKey, ...params: (string | number)[]): MessageRef {
  return params.length ? { key, params: params.map(String) } : { key };
}
