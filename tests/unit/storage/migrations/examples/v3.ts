/**
 * Settings as settings version 3 stores them: version 2's fields plus `relationship` (the
 * relationship memory switched off with a longer quiet period), every field away from its default.
 * Frozen: never edit an example, add the next version's instead.
 */
export const v3 = {
  version: 3,
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
    siteRules: { linkedin: { 'templated-greeting': false }, facebook: { 'greeting-pretext': false, 'template-reuse': false } },
    sensitivity: 0.9,
    dailyBudget: 3,
    registerHints: false,
    groupGuard: false,
    retentionDays: 30,
    personalRules: [
      { id: 'r-1', kind: 'flag', phrase: 'quick call', severity: 'warn', note: 'Offer something first' },
      { id: 'r-2', kind: 'allow', phrase: 'Herzlichen Glückwunsch', severity: 'info' },
    ],
    relationship: { enabled: false, quietDays: 180 },
    pausedUntil: { facebook: 1_800_000_000_000 },
  },
} as const;
