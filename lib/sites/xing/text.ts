/** The few words the XING adapter matches, in DE (XING's default) and EN; all [U] unless noted. */

/** A birthday notice in the chat's header area [U]. */
export const BIRTHDAY = /geburtstag|birthday/i;

/** Row states in the add-people dialog [U]. */
export const STATE_MEMBER = /^(bereits im chat|im chat|mitglied|teilnehmer(in)?|already in (?:the )?chat|member|participant)$/i;

/** Words of XING's controls the diagnostic may show (DE [S]/[U], EN [U]). */
export const VOCABULARY = [
  'nachricht', 'schreiben', 'antwort', 'eingeben', 'senden', 'antworten', 'nachrichten', 'chats', 'wird', 'geladen',
  'personen', 'hinzufügen', 'zum', 'chat', 'kontakte', 'durchsuchen', 'abbrechen', 'bereits', 'im', 'profil', 'ansehen',
  'schließen', 'ja', 'verwerfen', 'mehr', 'message', 'write', 'a', 'reply', 'send', 'messages', 'loading', 'add', 'people',
  'to', 'search', 'contacts', 'cancel', 'already', 'view', 'profile', 'close', 'more', 'xing',
] as const;
