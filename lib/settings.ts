/**
 * User settings: one zod schema is the type, the defaults and the validator. Pure: the protocol
 * (lib/messaging) carries them and lib/storage keeps them — in the extension's own storage.local
 * (never the site's origin), with its migration ladder; content scripts read and watch them
 * there, the options page writes them.
 */
import './zod-setup';
import { z } from 'zod';
import { RULE_IDS, SITES } from './analysis/types';

export const MAX_PERSONAL_RULES = 200;

export const personalRuleSchema = z.object({
  id: z.string().min(1).max(64),
  kind: z.enum(['flag', 'allow']),
  phrase: z.string().min(1).max(120),
  severity: z.enum(['warn', 'info']).default('info'),
  note: z.string().max(200).optional(),
});

const ruleSwitches = z.object(Object.fromEntries(RULE_IDS.map((id) => [id, z.boolean().default(true)])) as Record<(typeof RULE_IDS)[number], z.ZodDefault<z.ZodBoolean>>);
const siteSwitches = z.object(Object.fromEntries(SITES.map((id) => [id, z.boolean().default(true)])) as Record<(typeof SITES)[number], z.ZodDefault<z.ZodBoolean>>);

export const settingsSchema = z.object({
  /** Guard on/off per site. */
  sites: siteSwitches.default(() => siteSwitches.parse({})),
  /** Checks on/off. */
  rules: ruleSwitches.default(() => ruleSwitches.parse({})),
  /** Checks switched off on one site only (the pause card's "Don't ask about this on LinkedIn again"). */
  siteRules: z.partialRecord(z.enum(SITES), z.partialRecord(z.enum(RULE_IDS), z.literal(false))).default({}),
  /** Minimum confidence before a warn finding holds a send (0.5 = eager, 0.9 = only the surest). */
  sensitivity: z.number().min(0.5).max(0.95).default(0.8),
  /** How many pause cards per day at most. */
  dailyBudget: z.number().int().min(0).max(100).default(10),
  /** Du/Sie hints (register-switch). */
  registerHints: z.boolean().default(true),
  /** Group consent checklist on/off. */
  groupGuard: z.boolean().default(true),
  /** Days to keep send fingerprints, contacts, ledger entries and stats. */
  retentionDays: z.number().int().min(7).max(3650).default(180),
  personalRules: z.array(personalRuleSchema).max(MAX_PERSONAL_RULES).default([]),
  /**
   * The relationship memory (issue 12): remember when each side last wrote, let it shape the
   * judgement, and suggest people in the popup after `quietDays` of quiet. Off: nothing of it is
   * recorded, used or shown.
   */
  relationship: z
    .object({
      enabled: z.boolean().default(true),
      quietDays: z.number().int().min(14).max(730).default(90),
    })
    .default({ enabled: true, quietDays: 90 }),
  /** Paused until (epoch ms) per site; 0 = not paused. */
  pausedUntil: z.partialRecord(z.enum(SITES), z.number().int().nonnegative()).default({}),
});

export type Settings = z.infer<typeof settingsSchema>;
export type PersonalRuleInput = z.input<typeof personalRuleSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/**
 * Parse stored data; anything invalid falls back to defaults, field by field — and personal rules
 * one by one: a single invalid rule must not discard the others (the next save would make that
 * loss permanent).
 */
export function parseSettings(raw: unknown): Settings {
  const whole = settingsSchema.safeParse(raw ?? {});
  if (whole.success) return whole.data;
  const out: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  if (raw && typeof raw === 'object') {
    const stored = raw as Record<string, unknown>;
    for (const key of Object.keys(settingsSchema.shape) as (keyof Settings)[]) {
      const field = settingsSchema.shape[key].safeParse(stored[key]);
      if (field.success) out[key] = field.data;
      else if (key === 'personalRules' && Array.isArray(stored[key])) out[key] = validRules(stored[key]);
    }
  }
  return settingsSchema.parse(out);
}

function validRules(rules: readonly unknown[]): Settings['personalRules'] {
  const seen = new Set<string>();
  const out: Settings['personalRules'] = [];
  for (const rule of rules) {
    const parsed = personalRuleSchema.safeParse(rule);
    if (!parsed.success || seen.has(parsed.data.id) || out.length >= MAX_PERSONAL_RULES) continue;
    seen.add(parsed.data.id);
    out.push(parsed.data);
  }
  return out;
}
