/**
 * German forms of address. "du" forms are informal; "Sie" forms are formal only when
 * capitalised in mid-sentence (at a sentence start "Sie" may be "they").
 */
export const registerDe = {
  /** Informal forms; unambiguous in German text. */
  du: ['dich', 'dir', 'dein', 'deine', 'deinen', 'deinem', 'deiner', 'deines', 'euch', 'euer', 'eure', 'euren', 'eurem', 'eurer', 'dein\'s'],
  /** "du" itself: also a French article, so it needs German company. */
  duAmbiguous: ['du'],
  /** Formal pronouns, counted when capitalised. */
  sie: ['sie', 'ihnen', 'ihr', 'ihre', 'ihren', 'ihrem', 'ihrer', 'ihres'],
  /** Unambiguous formal openers and phrases. */
  siePhrases: ['sehr geehrte', 'sehr geehrter', 'sehr geehrte damen und herren', 'mit freundlichen grüßen', 'hallo herr', 'hallo frau', 'guten tag herr', 'guten tag frau', 'liebe frau', 'lieber herr'],
  /** Informal phrases: "hast du", "kannst du" ... verbs in the 2nd person singular. */
  duVerbs: ['hast', 'bist', 'kannst', 'willst', 'magst', 'musst', 'sollst', 'darfst', 'weißt', 'wirst', 'hättest', 'könntest', 'würdest', 'wärst', 'möchtest', 'solltest', 'gehst', 'kommst', 'machst', 'meinst', 'findest', 'siehst', 'arbeitest', 'feierst', 'denkst', 'brauchst', 'suchst', 'kennst', 'hattest', 'warst'],
  /** Words that show the text is German at all. */
  germanMarkers: ['und', 'ich', 'nicht', 'ist', 'mit', 'für', 'zum', 'zur', 'auf', 'das', 'die', 'der', 'ein', 'eine', 'wie', 'auch', 'noch', 'schon', 'gerne', 'hallo', 'liebe', 'lieber', 'viele', 'grüße', 'alles', 'gute'],
  /** Words that show French (where "du" is an article). */
  frenchMarkers: ['le', 'la', 'les', 'de', 'et', 'je', 'vous', 'pour', 'est', 'une', 'des', 'avec', 'dans', 'sur', 'au', 'bonjour', 'merci'],
} as const;

/**
 * The informal and the formal "you" of French, Spanish, Italian and Dutch (tu/vous, tú/usted,
 * tu/Lei, je/u). Only unambiguous forms: plural "vous", "ustedes" and "jullie" and the
 * possessive "su" are left out. `capitalised`: the formal form counts only with a capital in
 * mid-sentence (Italian "Lei", "La", "Le", "Suo").
 */
export const registerOther: Record<'fr' | 'es' | 'it' | 'nl', { informal: string[]; formal: string[]; capitalised?: boolean; markers: string[] }> = {
  fr: { informal: ['tu', 'toi', 'ton', 'ta', 'tes', "t'", 'te'], formal: ['vous', 'votre', 'vos'], markers: ['le', 'la', 'les', 'et', 'je', 'est', 'une', 'des', 'avec', 'pour', 'bonjour', 'merci'] },
  es: { informal: ['tú', 'tu', 'tus', 'contigo', 'ti'], formal: ['usted'], markers: ['el', 'la', 'los', 'las', 'y', 'que', 'es', 'una', 'con', 'para', 'hola', 'gracias'] },
  it: { informal: ['tu', 'ti', 'te', 'tuo', 'tua', 'tuoi', 'tue'], formal: ['lei', 'le', 'la', 'suo', 'sua', 'suoi', 'sue'], capitalised: true, markers: ['il', 'lo', 'gli', 'e', 'che', 'è', 'una', 'con', 'per', 'ciao', 'grazie', 'buongiorno'] },
  nl: { informal: ['je', 'jij', 'jou', 'jouw'], formal: ['u', 'uw'], markers: ['de', 'het', 'een', 'en', 'ik', 'is', 'met', 'voor', 'van', 'hoi', 'hallo', 'bedankt'] },
};
