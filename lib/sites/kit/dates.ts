/**
 * The dates a conversation shows above its messages ("Today", "Monday", "Mar 14, 2023",
 * "14. März 2023"), read as the start of that local day. English and German, the languages the
 * guard's fixtures and users have; anything else is "no date" (undefined), never a guess.
 *
 * A `<time datetime="…">` attribute wins over the visible text when the page provides one.
 * A date without a year is this year's, or last year's when it would otherwise lie in the future
 * (what every messaging list means by "Dec 30" seen on January 2).
 */

/** Month words, full and abbreviated, English and German: exactly these, no prefixes of other words. */
const MONTHS: Record<string, number> = {};
[
  ['jan', 'january', 'januar', 'jän', 'jänner'],
  ['feb', 'february', 'februar'],
  ['mar', 'march', 'mär', 'märz'],
  ['apr', 'april'],
  ['may', 'mai'],
  ['jun', 'june', 'juni'],
  ['jul', 'july', 'juli'],
  ['aug', 'august'],
  ['sep', 'sept', 'september'],
  ['oct', 'october', 'okt', 'oktober'],
  ['nov', 'november'],
  ['dec', 'december', 'dez', 'dezember'],
].forEach((words, i) => words.forEach((w) => (MONTHS[w] = i)));

const WEEKDAYS: Record<string, number> = {};
['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].forEach((d, i) => (WEEKDAYS[d] = i));
['so', 'mo', 'di', 'mi', 'do', 'fr', 'sa'].forEach((d, i) => (WEEKDAYS[d] = i));
const DE_WEEKDAY_NAMES = ['sonntag', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag'];

const TODAY = new Set(['today', 'heute']);
const YESTERDAY = new Set(['yesterday', 'gestern']);

function startOfDay(d: Date): number {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

function month(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')];
}

function weekday(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  const de = DE_WEEKDAY_NAMES.indexOf(w);
  if (de >= 0) return de;
  if (WEEKDAYS[w] !== undefined) return WEEKDAYS[w];
  if (w.length >= 3) return WEEKDAYS[w.slice(0, 3)];
  return undefined;
}

/** A calendar day, checked (no "Feb 31"); a missing year is the latest one not in the future. */
function day(y: number | undefined, m: number, d: number, now: Date): number | undefined {
  if (m < 0 || m > 11 || d < 1 || d > 31) return undefined;
  const year = y ?? now.getFullYear();
  const at = new Date(year, m, d);
  if (at.getMonth() !== m || at.getDate() !== d) return undefined;
  if (y === undefined && at.getTime() > startOfDay(now)) return day(year - 1, m, d, now);
  return at.getTime();
}

/**
 * The start (local midnight) of the day a date heading names, or undefined when it names none
 * this parser knows. `now` is the reading time.
 */
export function parseDayHeading(raw: string, now: number = Date.now()): number | undefined {
  const text = raw.replace(/\s+/g, ' ').trim().toLowerCase();
  if (!text || text.length > 40) return undefined;
  const today = new Date(now);
  if (TODAY.has(text)) return startOfDay(today);
  if (YESTERDAY.has(text)) return startOfDay(new Date(today.getFullYear(), today.getMonth(), today.getDate() - 1));
  // A weekday: the latest such day before today (this week's list shows older days by date).
  const wd = /^[a-zäöü]+\.?$/.test(text) ? weekday(text) : undefined;
  if (wd !== undefined) {
    const back = (today.getDay() - wd + 7) % 7 || 7;
    return startOfDay(new Date(today.getFullYear(), today.getMonth(), today.getDate() - back));
  }
  let m: RegExpExecArray | null;
  // ISO 2023-03-14 (and a datetime attribute's date part)
  if ((m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text))) return day(Number(m[1]), Number(m[2]) - 1, Number(m[3]), today);
  // 14.03.2023, 14.03.23, 14.03.
  if ((m = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})?$/.exec(text))) {
    const y = m[3] ? (m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3])) : undefined;
    return day(y, Number(m[2]) - 1, Number(m[1]), today);
  }
  // English: "mar 14, 2023", "march 14", optionally after a weekday ("tue, mar 14, 2023")
  if ((m = /^(?:[a-z]+,? )?([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?$/.exec(text))) {
    const mo = month(m[1] ?? '');
    if (mo !== undefined) return day(m[3] ? Number(m[3]) : undefined, mo, Number(m[2]), today);
  }
  // German and British: "14. märz 2023", "14. mär. 2023", "14 march 2023", optionally after a weekday
  if ((m = /^(?:[a-zäöü]+\.?,? )?(\d{1,2})\.? ([a-zäöü]+)\.?(?:,? (\d{4}))?$/.exec(text))) {
    const mo = month(m[2] ?? '');
    if (mo !== undefined) return day(m[3] ? Number(m[3]) : undefined, mo, Number(m[1]), today);
  }
  return undefined;
}

/** The day an element names: its `datetime` attribute when valid, else its text. */
export function dayOf(el: Element, now: number = Date.now()): number | undefined {
  const attr = el.getAttribute('datetime');
  if (attr) {
    const parsed = parseDayHeading(attr.slice(0, 10), now);
    if (parsed !== undefined) return parsed;
  }
  return parseDayHeading(el.textContent ?? '', now);
}
