/** One day in milliseconds (retention, periods, "days ago"): one constant for the whole extension. */
export const DAY_MS = 86_400_000;
