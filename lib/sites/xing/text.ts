/** The few words the XING adapter matches, in DE (XING's default) and EN; all [U] unless noted. */

/** A birthday notice in the chat's header area [U]. */
export const BIRTHDAY = /geburtstag|birthday/i;

/** Row states in the add-people dialog [U]. */
export const STATE_MEMBER = /^(bereits im chat|im chat|mitglied|teilnehmer(in)?|already in (?:the )?chat|member|participant)$/i;

