/** Switches per site and per check, sensitivity, the daily interruption budget, Du/Sie hints, group guard. */
import { useEffect, useId, useState } from 'preact/hooks';
import { RULE_IDS, SITES, type RuleId, type Site } from '../../lib/analysis/types';
import { t } from '../../lib/i18n';
import { PAUSED_INDEFINITELY, RULE_HINT, RULE_LABEL, SITE_LABEL, resume } from '../../lib/pages/status';
import type { Settings } from '../../lib/settings';

export interface GuardSettingsProps {
  settings: Settings;
  onChange: (change: (s: Settings) => Settings) => void;
  /** For showing a pause set from the popup (epoch ms). */
  now: number;
  formatTime: (at: number) => string;
}

const SENSITIVITY = [
  { value: 0.6, key: 'options_sensitivity_eager' },
  { value: 0.8, key: 'options_sensitivity_balanced' },
  { value: 0.9, key: 'options_sensitivity_strict' },
] as const;

/** The Du/Sie switch drives both the check switch and the hints flag: they are one thing for the user. */
function setRule(s: Settings, rule: RuleId, on: boolean): Settings {
  const next = { ...s, rules: { ...s.rules, [rule]: on } };
  return rule === 'register-switch' ? { ...next, registerHints: on } : next;
}

/** Switch a check back on for one site (the pause card switched it off there). */
function askAgain(s: Settings, site: Site, rule: RuleId): Settings {
  const forSite = Object.fromEntries(Object.entries(s.siteRules[site] ?? {}).filter(([r]) => r !== rule));
  return { ...s, siteRules: { ...s.siteRules, [site]: forSite } };
}

export function GuardSettings({ settings, onChange, now, formatTime }: GuardSettingsProps) {
  const id = useId();
  const [budget, setBudget] = useState(String(settings.dailyBudget));
  const [budgetError, setBudgetError] = useState(false);
  useEffect(() => setBudget(String(settings.dailyBudget)), [settings.dailyBudget]);
  const known = SENSITIVITY.some((o) => Math.abs(o.value - settings.sensitivity) < 1e-9);
  // Checks switched off on one site from the pause card ("Don't ask about this on LinkedIn again").
  const offOnSite = SITES.flatMap((site) => RULE_IDS.filter((rule) => settings.siteRules[site]?.[rule] === false).map((rule) => ({ site, rule })));

  const commitBudget = (raw: string) => {
    setBudget(raw);
    const n = Number(raw);
    const ok = raw.trim() !== '' && Number.isInteger(n) && n >= 0 && n <= 100;
    setBudgetError(!ok);
    if (ok && n !== settings.dailyBudget) onChange((s) => ({ ...s, dailyBudget: n }));
  };

  return (
    <div>
      <fieldset>
        <legend>{t('options_sites_legend')}</legend>
        {SITES.map((site) => {
          const until = settings.pausedUntil[site] ?? 0;
          const paused = settings.sites[site] && until > now;
          return (
            <div class="tv-check" key={site}>
              <label>
                <input
                  type="checkbox"
                  name={`site-${site}`}
                  checked={settings.sites[site]}
                  onChange={(e) => {
                    const on = (e.currentTarget as HTMLInputElement).checked;
                    onChange((s) => ({ ...s, sites: { ...s.sites, [site]: on } }));
                  }}
                />{' '}
                {t(SITE_LABEL[site])}
              </label>
              {paused && (
                <span class="tv-paused">
                  {' — '}
                  {until >= PAUSED_INDEFINITELY ? t('options_site_paused') : t('options_site_paused_until', formatTime(until))}{' '}
                  <button type="button" class="tv-button tv-button--small" onClick={() => onChange((s) => resume(s, site))}>
                    {t('options_site_resume', t(SITE_LABEL[site]))}
                  </button>
                </span>
              )}
            </div>
          );
        })}
      </fieldset>
      <fieldset>
        <legend>{t('options_checks_legend')}</legend>
        {RULE_IDS.map((rule) => {
          const checked = rule === 'register-switch' ? settings.rules[rule] && settings.registerHints : settings.rules[rule];
          return (
            <div class="tv-check" key={rule}>
              <label>
                <input type="checkbox" name={`rule-${rule}`} checked={checked} aria-describedby={`${id}-${rule}`} onChange={(e) => {
                    const on = (e.currentTarget as HTMLInputElement).checked;
                    onChange((s) => setRule(s, rule, on));
                  }} />{' '}
                {t(RULE_LABEL[rule])}
              </label>
              <span id={`${id}-${rule}`} class="tv-hint">
                {t(RULE_HINT[rule])}
              </span>
            </div>
          );
        })}
      </fieldset>
      {offOnSite.length > 0 && (
        <div class="tv-field">
          <h3 id={`${id}-site-off`}>{t('options_site_rules_heading')}</h3>
          <ul aria-labelledby={`${id}-site-off`}>
            {offOnSite.map(({ site, rule }) => (
              <li key={`${site}-${rule}`}>
                {t('options_site_rule_off', t(RULE_LABEL[rule]), t(SITE_LABEL[site]))}{' '}
                <button type="button" class="tv-button tv-button--small" onClick={() => onChange((s) => askAgain(s, site, rule))}>
                  {t('options_site_rule_on', t(RULE_LABEL[rule]), t(SITE_LABEL[site]))}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <fieldset aria-describedby={`${id}-sens`}>
        <legend>{t('options_sensitivity_legend')}</legend>
        {SENSITIVITY.map((o) => (
          <label class="tv-check" key={o.value}>
            <input type="radio" name="sensitivity" value={o.value} checked={Math.abs(o.value - settings.sensitivity) < 1e-9} onChange={() => onChange((s) => ({ ...s, sensitivity: o.value }))} /> {t(o.key)}
          </label>
        ))}
        {!known && (
          <label class="tv-check">
            <input type="radio" name="sensitivity" checked readOnly /> {t('options_sensitivity_custom', settings.sensitivity)}
          </label>
        )}
        <p id={`${id}-sens`} class="tv-hint">
          {t('options_sensitivity_hint')}
        </p>
      </fieldset>
      <div class="tv-field">
        <label for={`${id}-budget`}>{t('options_budget_label')}</label>
        <input
          id={`${id}-budget`}
          type="number"
          inputMode="numeric"
          min={0}
          max={100}
          step={1}
          value={budget}
          aria-invalid={budgetError}
          aria-describedby={`${id}-budget-hint${budgetError ? ` ${id}-budget-err` : ''}`}
          onInput={(e) => commitBudget((e.currentTarget as HTMLInputElement).value)}
        />
        <span id={`${id}-budget-hint`} class="tv-hint">
          {t('options_budget_hint')}
        </span>
        {budgetError && (
          <span id={`${id}-budget-err`} class="tv-error">
            {t('options_budget_error')}
          </span>
        )}
      </div>
      <div class="tv-check">
        <label>
          <input type="checkbox" name="group-guard" checked={settings.groupGuard} aria-describedby={`${id}-group`} onChange={(e) => {
              const on = (e.currentTarget as HTMLInputElement).checked;
              onChange((s) => ({ ...s, groupGuard: on }));
            }} />{' '}
          {t('options_group_guard')}
        </label>
        <span id={`${id}-group`} class="tv-hint">
          {t('options_group_guard_hint')}
        </span>
      </div>
    </div>
  );
}
