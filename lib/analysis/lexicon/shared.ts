/**
 * Language-independent word lists the rules use, kept as data next to the lexicons (all
 * languages mixed: every list applies to every draft). Words are in natural spelling; matching
 * compares folded forms where the rule says so.
 */

/** Words that make an occasion greeting a holiday greeting (folded: no accents). */
export const holidayWords: readonly string[] = ['christmas', 'xmas', 'holidays', 'year', 'easter', 'thanksgiving', 'hanukkah', 'diwali', 'eid', 'season\'s', 'seasons',
  'weihnachten', 'feiertage', 'festtage', 'fest', 'jahr', 'rutsch', 'ostern', 'ostertage', 'noel', 'annee', 'fetes',
  'paques', 'voeux', 'navidad', 'ano', 'fiestas', 'pascuas', 'natale', 'feste', 'anno', 'pasqua', 'feestdagen',
  'kerstfeest', 'kerst', 'nieuwjaar', 'pasen'];

/** "we/our" alone says nothing about a shared past: a company says "we" too. */
export const weWords: readonly string[] = ['we', 'us', 'our', 'ours', 'wir', 'uns', 'unser', 'unsere', 'unseren', 'unserem', 'unserer', 'nous', 'notre', 'nos', 'nosotros', 'nuestro', 'nuestra', 'noi', 'nostro', 'nostra', 'wij', 'ons', 'onze'];

/** Time units: a euphemism that names one ("15 Minuten") asks for the recipient's time. */
export const timeUnits: readonly string[] = ['minutes', 'minute', 'min', 'mins', 'minuten', 'minutig', 'minutiges', 'minutigen', 'minutos', 'minuti', 'call', 'telefonat', 'telefonieren'];

/** Titles skipped when finding a first name ("Dr. Anna Example" → "Anna"). */
export const titles: readonly string[] = ['dr', 'dr.', 'prof', 'prof.', 'herr', 'frau', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'mx', 'dipl.', 'ing.', 'mag.', 'sir', 'madam', 'monsieur', 'madame', 'sr.', 'sra.', 'dott.', 'dhr.', 'mevr.'];

/**
 * Words that open a festive wish at the start of a sentence ("Happy Father's Day", "Fijne
 * Koningsdag", "Frohe Ostern"): with a day or feast after them, or an exclamation, the sentence
 * is an occasion greeting even when the occasion itself is on no list.
 */
export const festiveOpeners: readonly string[] = ['happy', 'merry', 'frohe', 'frohes', 'frohen', 'fröhliche', 'fröhliches', 'schöne', 'schönes', 'schönen', 'gesegnete', 'gesegnetes', 'fijne', 'prettige', 'vrolijke', 'gelukkige', 'joyeux', 'joyeuse', 'joyeuses', 'bonne', 'bonnes', 'feliz', 'felices', 'buon', 'buona', 'buone'];

/** Endings of words that name a day or a feast ("Valentine's Day", "Koningsdag", "Muttertag", "Sommerfest"). */
export const feastEndings: readonly string[] = ['day', 'tag', 'dag', 'fest', 'feest', 'feestdagen', 'feiertag', 'feiertage', 'dia', 'dia', 'giorno', 'festa', 'fete', 'fetes', 'noel', 'pasqua', 'pascua', 'pasen', 'ostern', 'july', 'juli', 'weekend', 'hanukkah', 'diwali', 'eid', 'ramadan', 'mubarak', 'holi', 'navidad', 'natale', 'kerst', 'year', 'jahr', 'anno', 'ano', 'annee', 'jaar', 'nieuwjaar'];

/** Thanks words: "thanks for the congrats" is a reply, not a congratulation. */
export const thanksWords: readonly string[] = ['thanks', 'thank', 'thx', 'danke', 'dankeschön', 'merci', 'gracias', 'grazie', 'bedankt', 'dank'];
