/**
 * Structure the rules read without word lists: links, prices, discount codes, numbers and dates,
 * proper nouns, and questions put to the recipient. Every check is a single pass over tokens or a
 * regex without nested quantifiers over a bounded slice of the draft, so hostile input stays linear.
 */
import { KNOWN_WORDS, STOP_BY_LANG } from '../lexicon';
import type { ParsedText } from '../text';

/** Only so much of a draft is read for structure (the rest cannot change these signals much). */
const SLICE = 20_000;

const URL = /\bhttps?:\/\/|\bwww\.|\b[a-z0-9-]{2,40}\.(?:com|de|io|net|org|at|ch|eu|co|app|ly|me|link|shop|fr|es|it|nl|be|info|biz|page|site|gle)\b/i;
const PRICE = /[€$£]\s?\d|\d\s?(?:€|\$|£|eur\b|euro\b|usd\b|chf\b|k€)/i;
const PERCENT = /\d\s?%|%\s?\d/;
const CODE = /\b[A-Z]{2,12}\d{1,4}\b/;
const PHONE = /\+\d{2}[\d ()/-]{7,18}\d|\b0\d{2,5}[ /-]\d{3,}/;
const YEAR = /^(?:19|20)\d\d$/;


const SECOND_PERSON = new Set(['you', 'your', 'yours', 'du', 'dich', 'dir', 'dein', 'deine', 'deinen', 'deinem', 'deiner', 'euch', 'euer', 'eure', 'sie', 'ihnen', 'ihr', 'ihre', 'ihren', 'ihrem', 'ihrer', 'vous', 'votre', 'vos', 'tu', 'toi', 'ton', 'ta', 'tes', 'te', 'usted', 'ustedes', 'tu', 'tus', 'te', 'su', 'sus', 'voi', 'vostro', 'vostra', 'lei', 'ti', 'tuo', 'tua', 'je', 'jij', 'jouw', 'jou', 'u', 'uw']);

export interface Structure {
  lang: string;
  /** Function-word hits per language. */
  votes: Map<string, number>;
  url: boolean;
  price: boolean;
  percent: boolean;
  code: boolean;
  phone: boolean;
  email: boolean;
  year: boolean;
  numbers: number;
  /** Capitalised words mid-sentence that no lexicon knows and that are not the recipient's name. */
  properNouns: number;
  /** Questions that address the recipient. */
  questionsToThem: number;
  /** Exclamation marks (a wish's punctuation). */
  exclamations: number;
  lines: number;
}

export function structureOf(text: ParsedText, names: ReadonlySet<number>): Structure {
  const raw = text.raw.length > SLICE ? text.raw.slice(0, SLICE) : text.raw;
  const votes = new Map<string, number>();
  let numbers = 0;
  let year = false;
  let properNouns = 0;
  const toThem = new Set<number>();
  const toks = text.tokens.length > 2000 ? text.tokens.slice(0, 2000) : text.tokens;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (!t || !t.n) continue;
    for (const [lang, set] of STOP_BY_LANG) if (set.has(t.n)) votes.set(lang, (votes.get(lang) ?? 0) + 1);
    if (/^\d/.test(t.n)) {
      numbers++;
      if (YEAR.test(t.n)) year = true;
    }
    if (t.cap && !t.first && !names.has(k) && !KNOWN_WORDS.has(t.n) && t.n.length > 1 && !/^\d/.test(t.n)) properNouns++;
    if (text.questions.has(t.sent) && SECOND_PERSON.has(t.n)) toThem.add(t.sent);
  }
  let lang = 'xx';
  let best = 0;
  for (const [l, v] of votes) if (v > best) [lang, best] = [l, v];
  let exclamations = 0;
  let lines = 1;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 33) exclamations++;
    else if (c === 10) lines++;
  }
  return {
    lang,
    votes,
    url: URL.test(raw),
    price: PRICE.test(raw),
    percent: PERCENT.test(raw),
    code: CODE.test(raw),
    phone: PHONE.test(raw),
    email: raw.includes('@') && toks.some((t, k) => t.e < raw.length && raw[t.e] === '@' && (toks[k + 1]?.s ?? -1) === t.e + 1),
    year,
    numbers,
    properNouns,
    questionsToThem: toThem.size,
    exclamations,
    lines,
  };
}
