/**
 * Settings as Taktvoll 0.1 (settings version 1) stored them, with every field set away from its
 * default, so a migration that drops or resets one is caught. Frozen: never edit an example,
 * add the next version's instead.
 */
export const v1 = {
  version: 1,
  value: {
    sites: { linkedin: true, xing: false, facebook: true },
    rules: {
      'templated-greeting': true,
      'pitch-first-message': false,
      'greeting-pretext': true,
      'template-reuse': true,
      'register-switch': false,
      'personal-rule': true,
    },
    sensitivity: 0.9,
    dailyBudget: 3,
    registerHints: false,
    groupGuard: false,
    retentionDays: 30,
    personalRules: [
      { id: 'r-1', kind: 'flag', phrase: 'quick call', severity: 'warn', note: 'Offer something first' },
      { id: 'r-2', kind: 'allow', phrase: 'Herzlichen Glückwunsch', severity: 'info' },
    ],
    pausedUntil: { facebook: 1_800_000_000_000 },
  },
} as const;
