/**
 * Rows as Taktvoll 0.3 (database version 3, prompt fatigue) writes them: version 2's tables, day
 * counts with "kept editing", the last card per (site, person, rule) with the draft's sketch, and
 * per rule how its cards were answered — one rule toned down, one restored by the user (in key
 * order, as Dexie returns them). Frozen: never edit an example, add the next version's instead.
 */
import { v2 } from './v2';
import { AT } from './v1';

const DAY = 86_400_000;
const sketch = { minhash: Array.from({ length: 128 }, (_, i) => (i * 40_503) % 16_777_216), size: 120 };

export const v3 = {
  version: 3,
  tables: {
    ...v2.tables,
    stats: [
      { day: '2026-10-31', shown: 2, revised: 1, cancelled: 0, sentAsIs: 1, keptEditing: 1, clean: 4, groupHeld: 0, groupCancelled: 0, groupContinued: 0 },
      { day: '2026-11-01', shown: 0, revised: 0, cancelled: 0, sentAsIs: 0, keptEditing: 0, clean: 0, groupHeld: 1, groupCancelled: 0, groupContinued: 1 },
    ],
    prompts: [
      { key: 'linkedin:anna-example-123:pitch-first-message', site: 'linkedin', personKey: 'anna-example-123', rule: 'pitch-first-message', at: AT - 3 * DAY, sketch },
      { key: 'xing:name:bernd beispiel:templated-greeting', site: 'xing', personKey: 'name:bernd beispiel', rule: 'templated-greeting', at: AT - DAY, sketch },
    ],
    ruleAnswers: [
      { rule: 'greeting-pretext', answers: [{ answer: 'kept-editing', at: AT - 5 * DAY }], restoredAt: AT - 6 * DAY },
      {
        rule: 'templated-greeting',
        answers: [
          { answer: 'sent-as-is', at: AT - 9 * DAY },
          { answer: 'revised', at: AT - 8 * DAY },
          { answer: 'sent-as-is', at: AT - 7 * DAY },
          { answer: 'sent-as-is', at: AT - 6 * DAY },
          { answer: 'sent-as-is', at: AT - 5 * DAY },
          { answer: 'sent-as-is', at: AT - 4 * DAY },
          { answer: 'sent-as-is', at: AT - 3 * DAY },
          { answer: 'sent-as-is', at: AT - DAY },
        ],
      },
    ],
  },
} as const;
