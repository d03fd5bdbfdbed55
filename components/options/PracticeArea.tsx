/**
 * The practice area: a draft and a situation in, exactly what the guard would say out — the same
 * analyzer, the user's checks, sensitivity and personal rules — with the triggering words marked.
 */
import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import { SITES, SURFACES, type DraftContext, type Finding, type Site, type Surface } from '../../lib/analysis/types';
import { t, tr } from '../../lib/i18n';
import type { MessageKey } from '../../lib/i18n/keys';
import { segments } from '../../lib/pages/highlight';
import { RULE_LABEL, SITE_LABEL } from '../../lib/pages/status';
import type { Analyze } from '../../lib/pages/types';
import type { Settings } from '../../lib/settings';

export type { Analyze } from '../../lib/pages/types';

export interface PracticeAreaProps {
  settings: Settings;
  /** The analyzer (null when it is not available). */
  analyze: Analyze | null;
  now: () => number;
  /** Whether a name is a trusted contact on a site (then no check runs, as on the site). */
  isTrusted?: (site: Site, name: string) => boolean;
  /** The draft or its situation changed: the page may look it up in the send memory. */
  onDraft?: (draft: string, context: DraftContext) => void;
}

const SURFACE_LABEL: Record<Surface, MessageKey> = {
  message: 'options_surface_message',
  'connection-note': 'options_surface_connection_note',
  birthday: 'options_surface_birthday',
  'wall-post': 'options_surface_wall_post',
  comment: 'options_surface_comment',
};

type First = 'yes' | 'no' | 'unknown';

export function PracticeArea({ settings, analyze, now, isTrusted, onDraft }: PracticeAreaProps) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const [site, setSite] = useState<Site>('linkedin');
  const [surface, setSurface] = useState<Surface>('message');
  const [first, setFirst] = useState<First>('yes');
  const [birthday, setBirthday] = useState(false);
  const [recipient, setRecipient] = useState('');
  const [prefill, setPrefill] = useState('');

  const context = useMemo((): DraftContext => {
    const name = recipient.trim();
    return {
      site,
      surface,
      firstMessage: first === 'unknown' ? undefined : first === 'yes',
      ...(birthday ? { occasion: 'birthday' as const } : {}),
      recipient: name ? { name } : undefined,
      ...(prefill ? { prefill } : {}),
      personalRules: settings.personalRules,
    };
  }, [site, surface, first, birthday, recipient, prefill, settings.personalRules]);

  useEffect(() => {
    if (draft.trim()) onDraft?.(draft, context);
  }, [draft, context, onDraft]);

  const result = useMemo(() => {
    if (!analyze || !draft.trim()) return null;
    const name = recipient.trim();
    if (name && isTrusted?.(site, name)) return { findings: [], off: [], trusted: name };
    try {
      const all = analyze(draft, { ...context, now: now() });
      // The same filter the content scripts apply (lib/content/composer/session.ts).
      const on = (f: Finding) => settings.rules[f.rule] !== false && (f.rule !== 'register-switch' || settings.registerHints);
      return { findings: all.filter(on), off: [...new Set(all.filter((f) => !on(f)).map((f) => f.rule))] };
    } catch {
      return { findings: [], off: [], failed: true };
    }
  }, [analyze, draft, context, site, recipient, settings, now, isTrusted]);

  const spans = result?.findings.flatMap((f) => f.spans) ?? [];

  return (
    <div class="tv-practice">
      <p>{t('options_practice_intro')}</p>
      <div class="tv-field">
        <label for={`${id}-draft`}>{t('options_practice_draft')}</label>
        <textarea id={`${id}-draft`} name="draft" rows={5} value={draft} onInput={(e) => setDraft((e.currentTarget as HTMLTextAreaElement).value)} />
      </div>
      <fieldset>
        <legend>{t('options_practice_situation')}</legend>
        <div class="tv-grid">
          <div class="tv-field">
            <label for={`${id}-site`}>{t('options_practice_site')}</label>
            <select id={`${id}-site`} value={site} onChange={(e) => setSite((e.currentTarget as HTMLSelectElement).value as Site)}>
              {SITES.map((s) => (
                <option key={s} value={s}>
                  {t(SITE_LABEL[s])}
                </option>
              ))}
            </select>
          </div>
          <div class="tv-field">
            <label for={`${id}-surface`}>{t('options_practice_surface')}</label>
            <select id={`${id}-surface`} value={surface} onChange={(e) => setSurface((e.currentTarget as HTMLSelectElement).value as Surface)}>
              {SURFACES.map((s) => (
                <option key={s} value={s}>
                  {t(SURFACE_LABEL[s])}
                </option>
              ))}
            </select>
          </div>
          <div class="tv-field">
            <label for={`${id}-first`}>{t('options_practice_first')}</label>
            <select id={`${id}-first`} value={first} onChange={(e) => setFirst((e.currentTarget as HTMLSelectElement).value as First)}>
              <option value="yes">{t('options_practice_first_yes')}</option>
              <option value="no">{t('options_practice_first_no')}</option>
              <option value="unknown">{t('options_practice_first_unknown')}</option>
            </select>
          </div>
          <div class="tv-field">
            <label for={`${id}-recipient`}>{t('options_practice_recipient')}</label>
            <input id={`${id}-recipient`} type="text" autocomplete="off" value={recipient} onInput={(e) => setRecipient((e.currentTarget as HTMLInputElement).value)} />
          </div>
        </div>
        <label class="tv-check">
          <input type="checkbox" checked={birthday} onChange={(e) => setBirthday((e.currentTarget as HTMLInputElement).checked)} /> {t('options_practice_birthday')}
        </label>
        <div class="tv-field">
          <label for={`${id}-prefill`}>{t('options_practice_prefill')}</label>
          <textarea id={`${id}-prefill`} rows={2} value={prefill} onInput={(e) => setPrefill((e.currentTarget as HTMLTextAreaElement).value)} />
        </div>
      </fieldset>
      <div class="tv-practice__result" aria-labelledby={`${id}-res`} role="region">
        <h3 id={`${id}-res`}>{t('options_practice_result')}</h3>
        <div aria-live="polite" data-testid="practice-result">
          {!analyze ? (
            <p>{t('options_practice_unavailable')}</p>
          ) : !result ? (
            <p>{t('options_practice_empty')}</p>
          ) : (
            <>
              {!settings.sites[site] && <p class="tv-note">{t('options_practice_site_off', t(SITE_LABEL[site]))}</p>}
              {result.off.length > 0 && <p class="tv-note">{t('options_practice_rules_off', result.off.map((r) => t(RULE_LABEL[r])).join(', '))}</p>}
              {'trusted' in result && result.trusted ? (
                <p data-trusted="true">{t('options_practice_trusted', result.trusted)}</p>
              ) : result.findings.length === 0 ? (
                <p data-clean="true">{t('options_practice_clean')}</p>
              ) : (
                <>
                  <ul class="tv-findings">
                    {result.findings.map((f, i) => {
                      const holds = f.severity === 'warn' && f.confidence >= settings.sensitivity;
                      return (
                        <li key={`${f.rule}-${i}`} class={`tv-finding tv-finding--${holds ? 'hold' : 'cue'}`} data-rule={f.rule}>
                          <p class="tv-finding__head">
                            <strong>{t(RULE_LABEL[f.rule])}</strong> — <span class="tv-finding__level">{t(holds ? 'options_practice_hold' : 'options_practice_cue')}</span>{' '}
                            <span class="tv-note">({t('options_practice_confidence', Math.round(f.confidence * 100))})</span>
                          </p>
                          <p>{tr(f.message)}</p>
                          {f.questions.length > 0 && (
                            <>
                              <p class="tv-note">{t('options_practice_questions')}</p>
                              <ul>
                                {f.questions.map((q, qi) => (
                                  <li key={qi}>{tr(q)}</li>
                                ))}
                              </ul>
                            </>
                          )}
                        </li>
                      );
                    })}
                  </ul>
                  {spans.length > 0 && (
                    <>
                      <p>{t('options_practice_triggered')}</p>
                      <p class="tv-marked" aria-label={t('options_practice_marked')} role="group" data-testid="practice-marked">
                        {segments(draft, spans).map((seg, i) =>
                          seg.marked ? (
                            <mark key={i}>
                              <span class="tv-visually-hidden">{t('options_practice_mark_start')}</span>
                              {seg.text}
                              <span class="tv-visually-hidden">{t('options_practice_mark_end')}</span>
                            </mark>
                          ) : (
                            <span key={i}>{seg.text}</span>
                          ),
                        )}
                      </p>
                    </>
                  )}
                </>
              )}
            </>
          )}
        </div>
      </div>
    </div>
  );
}
