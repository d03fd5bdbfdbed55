/**
 * The first-run page: what Taktvoll shows (the badge and the card, drawn by the same components
 * the sites get, as inert pictures), where it runs, what stays local, the practice area, and
 * that tabs open before the install need a reload (Taktvoll reloads nothing itself).
 * Presentational: the site names and links come in as props.
 */
import { t } from '../../lib/i18n';
import { PauseCard } from '../PauseCard';
import type { CueItem } from '../types';

export interface WelcomeProps {
  /** The sites' names as people know them. */
  sites: string[];
  /** The options page's practice area. */
  practiceUrl: string;
  optionsUrl: string;
}

const noop = () => undefined;

export function Welcome({ sites, practiceUrl, optionsUrl }: WelcomeProps) {
  const draft = t('welcome_demo_draft');
  const word = t('welcome_demo_word');
  const at = Math.max(0, draft.indexOf(word));
  const item: CueItem = {
    rule: 'templated-greeting',
    severity: 'warn',
    title: t('composer_rule_templated_greeting'),
    words: [word],
    detail: t('analysis_greeting_generic'),
    questions: [t('analysis_q_lastTalk', t('welcome_demo_name')), t('analysis_q_inPerson', t('welcome_demo_name'))],
    spans: [[at, at + word.length]],
  };
  return (
    <main class="tv-welcome">
      <h1>{t('welcome_heading')}</h1>
      <p class="tv-lead">{t('welcome_intro')}</p>

      <section aria-labelledby="tv-w-badge">
        <h2 id="tv-w-badge">{t('welcome_badge_heading')}</h2>
        <p>{t('welcome_badge_text')}</p>
        <figure class="tv-welcome__figure" aria-labelledby="tv-w-badge-cap">
          <div class="tv-welcome__composer" inert>
            <span>{draft}</span>
            <span class="tv tv-welcome__badge">!</span>
          </div>
          <figcaption id="tv-w-badge-cap">{t('welcome_badge_caption')}</figcaption>
        </figure>
      </section>

      <section aria-labelledby="tv-w-card">
        <h2 id="tv-w-card">{t('welcome_card_heading')}</h2>
        <p>{t('welcome_card_text')}</p>
        <figure class="tv-welcome__figure" aria-labelledby="tv-w-card-cap">
          <div inert>
            <PauseCard
              inline
              recipientName={t('welcome_demo_name')}
              siteName={sites[0] ?? ''}
              items={[item]}
              draft={draft}
              variant={0}
              theme="light"
              canTrustPerson
              onSendAnyway={noop}
              onKeepEditing={noop}
              onInsert={async () => false}
            />
          </div>
          <figcaption id="tv-w-card-cap">{t('welcome_card_caption')}</figcaption>
        </figure>
      </section>

      <section aria-labelledby="tv-w-where">
        <h2 id="tv-w-where">{t('welcome_where_heading')}</h2>
        <ul>
          {sites.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
        <p>
          <strong>{t('welcome_reload')}</strong>
        </p>
      </section>

      <section aria-labelledby="tv-w-local">
        <h2 id="tv-w-local">{t('welcome_local_heading')}</h2>
        <ul>
          <li>{t('welcome_local_network')}</li>
          <li>{t('welcome_local_drafts')}</li>
          <li>{t('welcome_local_data')}</li>
        </ul>
      </section>

      <section aria-labelledby="tv-w-try">
        <h2 id="tv-w-try">{t('welcome_try_heading')}</h2>
        <p>{t('welcome_try_text')}</p>
        <p>
          <a href={practiceUrl}>{t('welcome_try_link')}</a> · <a href={optionsUrl}>{t('welcome_options_link')}</a>
        </p>
      </section>
    </main>
  );
}
