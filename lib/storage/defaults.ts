/**
 * The default settings as a plain object, for the content scripts (which keep zod out of their
 * bundle). A unit test proves it equals what the zod schema in ./settings.ts produces.
 */
import type { Settings } from '../settings';

export const CONTENT_DEFAULT_SETTINGS: Settings = {
  sites: { linkedin: true, xing: true, facebook: true },
  rules: {
    'templated-greeting': true,
    'pitch-first-message': true,
    'greeting-pretext': true,
    'template-reuse': true,
    'register-switch': true,
    'personal-rule': true,
  },
  siteRules: {},
  sensitivity: 0.8,
  dailyBudget: 10,
  registerHints: true,
  groupGuard: true,
  retentionDays: 180,
  personalRules: [],
  relationship: { enabled: true, quietDays: 90 },
  pausedUntil: {},
};
