/** Pure helpers for the popup and options pages: which site a tab is on, the guard's state there, totals. */
import type { RuleId, Site } from '../analysis/types';
import type { MessageKey } from '../i18n/keys';
import type { DayStats, Health } from '../messaging/schemas';
import { SITE_REGISTRY, siteOfUrl } from '../sites/registry';
import type { Settings } from '../settings';

const HOUR = 3_600_000;
/** `pausedUntil` value meaning "until the user resumes" (content scripts compare against Date.now()). */
export const PAUSED_INDEFINITELY = Number.MAX_SAFE_INTEGER;

/** The supported site a URL belongs to, or undefined: the content scripts' hosts (lib/sites/registry.ts). */
export function siteFromUrl(url: string | undefined): Site | undefined {
  return siteOfUrl(url);
}

export type GuardState =
  | { kind: 'none' }
  | { kind: 'off' }
  /** The browser withholds the site's host permission (Firefox lets users switch it off; Chrome's "site access"). */
  | { kind: 'no-access' }
  | { kind: 'paused-site' }
  | { kind: 'paused'; until: number }
  | { kind: 'unknown' }
  | { kind: 'active' }
  | { kind: 'inactive' };

export function guardState(site: Site | undefined, settings: Settings, health: Health[], now: number, access = true): GuardState {
  if (!site) return { kind: 'none' };
  if (!settings.sites[site]) return { kind: 'off' };
  if (!access) return { kind: 'no-access' };
  const until = settings.pausedUntil[site] ?? 0;
  if (until >= PAUSED_INDEFINITELY) return { kind: 'paused-site' };
  if (until > now) return { kind: 'paused', until };
  if (health.length === 0) return { kind: 'unknown' };
  return health.some((h) => h.active) ? { kind: 'active' } : { kind: 'inactive' };
}

export function pauseFor(settings: Settings, site: Site, how: 'hour' | 'site', now: number): Settings {
  const until = how === 'hour' ? now + HOUR : PAUSED_INDEFINITELY;
  return { ...settings, pausedUntil: { ...settings.pausedUntil, [site]: until } };
}

export function resume(settings: Settings, site: Site): Settings {
  return { ...settings, pausedUntil: { ...settings.pausedUntil, [site]: 0 } };
}

/** What all frames of a tab report together. */
export interface TabSummary {
  composers: number;
  dialogs: number;
  lastFinding?: { rule: RuleId; at: number };
  reasons: string[];
  errors: string[];
  /** For bug reports: how many frames reported, which selector chains matched. */
  frames?: number;
  matched?: string[];
  /** Why lookups failed, summed over frames ("sendControls: no-send-control ×2"). */
  failures?: { where: string; why: string; count: number }[];
  /** Problems that hold right now, as codes ("no-send-control"). */
  warnings?: string[];
}

export function summarizeHealth(health: Health[]): TabSummary {
  const out: TabSummary = { composers: 0, dialogs: 0, reasons: [], errors: [], frames: health.length, matched: [], failures: [], warnings: [] };
  for (const h of health) {
    for (const m of h.matched) if (!out.matched?.includes(m)) out.matched?.push(m);
    for (const f of h.failures ?? []) {
      const same = out.failures?.find((g) => g.where === f.where && g.why === f.why);
      if (same) same.count += f.count;
      else out.failures?.push({ ...f });
    }
    for (const w of h.warnings ?? []) if (!out.warnings?.includes(w)) out.warnings?.push(w);
    out.composers += h.composers;
    out.dialogs += h.groupDialogs;
    if (h.lastFinding && (!out.lastFinding || h.lastFinding.at > out.lastFinding.at)) out.lastFinding = h.lastFinding;
    for (const r of h.reasons) if (!out.reasons.includes(r)) out.reasons.push(r);
    for (const e of h.errors) if (!out.errors.includes(e)) out.errors.push(e);
  }
  return out;
}

export type Totals = Pick<DayStats, 'shown' | 'keptEditing' | 'revised' | 'cancelled' | 'sentAsIs'>;

export function totals(days: readonly DayStats[]): Totals {
  const out: Totals = { shown: 0, keptEditing: 0, revised: 0, cancelled: 0, sentAsIs: 0 };
  for (const d of days) {
    out.shown += d.shown;
    out.keptEditing += d.keptEditing;
    out.revised += d.revised;
    out.cancelled += d.cancelled;
    out.sentAsIs += d.sentAsIs;
  }
  return out;
}

export const SITE_LABEL: Record<Site, MessageKey> = {
  linkedin: SITE_REGISTRY.linkedin.label,
  xing: SITE_REGISTRY.xing.label,
  facebook: SITE_REGISTRY.facebook.label,
};

export const RULE_LABEL: Record<RuleId, MessageKey> = {
  'templated-greeting': 'options_check_templated_greeting',
  'pitch-first-message': 'options_check_pitch_first_message',
  'greeting-pretext': 'options_check_greeting_pretext',
  'template-reuse': 'options_check_template_reuse',
  'register-switch': 'options_check_register_switch',
  'personal-rule': 'options_check_personal_rule',
};

export const RULE_HINT: Record<RuleId, MessageKey> = {
  'templated-greeting': 'options_check_templated_greeting_hint',
  'pitch-first-message': 'options_check_pitch_first_message_hint',
  'greeting-pretext': 'options_check_greeting_pretext_hint',
  'template-reuse': 'options_check_template_reuse_hint',
  'register-switch': 'options_check_register_switch_hint',
  'personal-rule': 'options_check_personal_rule_hint',
};
