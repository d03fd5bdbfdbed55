/**
 * Settings as Taktvoll 0.2 (settings version 2, issue 12) stores them: every field away from its
 * default, the relationship memory switched off with a longer quiet period. Frozen.
 */
export const v2 = {
  version: 2,
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
    relationship: { enabled: false, quietDays: 180 },
    pausedUntil: { facebook: 1_800_000_000_000 },
  },
} as const;
