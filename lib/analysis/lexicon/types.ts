/**
 * The shape of a language's lexicon. A phrase ending in `?` matches only at the end of a question
 * ("Interesse?" but not "mit Interesse gelesen"). Lexicons are data: phrases in natural spelling (case and
 * accents are folded when the index is built). A word ending in `*` matches any word that
 * starts with it ("geburtstag*"). Weights are 0–1: how strongly a phrase alone marks a pitch.
 */
export type Lang = 'de' | 'en' | 'fr' | 'es' | 'it' | 'nl';

export interface Lexicon {
  lang: Lang;
  /** Phrases that make a text a birthday wish. */
  birthday: string[];
  /** Explicit wishes for another occasion (holidays, work anniversary, new job). */
  occasion: string[];
  /** Bare congratulations: a greeting only when the context names an occasion. */
  congrats: string[];
  /** Words that fill a generic wish without making it personal. */
  wishFiller: string[];
  /** Openers like "hi", "liebe", "sehr geehrte": the next capitalised word is likely a name. */
  salutations: string[];
  /** Sign-offs: "best", "viele Grüße", "lg". */
  closings: string[];
  /** Shared history, plans to meet, gratitude for something specific: makes a wish personal. */
  personal: string[];
  /** Signs that the two already know each other ("as discussed", "wie besprochen"). */
  acquainted: string[];
  /** Function words. */
  stopwords: string[];
  pitch: {
    /** Selling or promoting. */
    sell: Record<string, number>;
    /** Asking for a favour: introductions, referrals, sharing, endorsements. */
    favour: Record<string, number>;
    /** Euphemisms that usually wrap a pitch; calendar links. */
    disguised: Record<string, number>;
    /** Calls to action that close a pitch: "want to hear more?", "melden Sie sich gern". */
    cta: Record<string, number>;
    /** Promised numbers and savings: "by up to", "at a fraction of the cost". */
    value: Record<string, number>;
    /** Things one asks for: a call, a meeting, a demo, feedback. Only count with a frame. */
    askObjects: Record<string, number>;
    /** Phrases that turn a sentence into a request: "would you", "hätten Sie". */
    askFrames: string[];
    /** Looking for work, clients or projects: an ask when it follows a greeting. */
    seeking: Record<string, number>;
    /** "By the way", "übrigens": a turn from the greeting to something else. */
    transitions: string[];
    /** "our", "unsere", "my": with a product word after it, the sender is presenting an offer. Weight per word. */
    possessives: Record<string, number>;
    /** What one sells or promotes: "solution", "Plattform", "webinar". */
    productHeads: string[];
    /** "I'm a", "ich bin": followed by a service role, the sender introduces a business. Weight per phrase. */
    selfIntro?: Record<string, number>;
    /** Roles that sell a service: realtor, coach, Finanzberater (German/Dutch also as word endings). */
    serviceRoles?: string[];
    /** Words after a product word that make it a modifier, not the thing offered ("product manager"). */
    notProductAfter?: string[];
    /** Words before an ask object that change its sense ("on-call", "good call"). */
    notAskAfter?: string[];
  };
  /** Scheduling-link hosts ("calendly.com"): a booking link in a first message is unmistakable. */
  calendarLinks?: string[];
  /** German and Dutch build compounds: "Beratungsgespräch" ends with the ask object "gespräch". */
  compounds?: boolean;
}
