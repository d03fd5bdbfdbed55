/** The most characters of a draft the background judges (longer drafts are judged on their start). */
export const MAX_JUDGED_CHARS = 20_000;
