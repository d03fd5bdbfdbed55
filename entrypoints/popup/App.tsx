/** Popup page logic: the active tab's guard state, pause, the group checklist, the user's numbers. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Diagnostic } from '../../components/popup/Diagnostic';
import { GroupChecklist } from '../../components/popup/GroupChecklist';
import { NoOccasion } from '../../components/popup/NoOccasion';
import { PauseControls } from '../../components/popup/PauseControls';
import { StatsPanel } from '../../components/popup/StatsPanel';
import { TabStatus } from '../../components/popup/TabStatus';
import { TonedDown } from '../../components/popup/TonedDown';
import type { TonedRule } from '../../lib/fatigue/policy';
import { SITES, type RuleId, type Site } from '../../lib/analysis/types';
import { t } from '../../lib/i18n';
import { sendFromPage } from '../../lib/messaging/page-to-background';
import type { GroupDialogState } from '../../lib/messaging/types';
import type { DayStats, Health, Suggestion, SuggestionAnswer } from '../../lib/messaging/schemas';
import { browserOf, formatDiagnostic } from '../../lib/pages/diagnostic';
import { formatDate, formatDay, formatTime } from '../../lib/pages/format';
import { readManifestFacts } from '../../lib/pages/manifest';
import { RULE_LABEL, SITE_LABEL, guardState, pauseFor, resume, siteFromUrl, summarizeHealth } from '../../lib/pages/status';
import type { Settings } from '../../lib/settings';
import { loadSettings, saveSettings, watchSettings } from '../../lib/storage/settings-item';

interface TabInfo {
  id?: number;
  site?: Site;
  /**
   * The browser hides the tab's address from Taktvoll: it has no access to that page (Firefox
   * shows a tab's URL only to extensions allowed on its site). It may be a site whose access
   * the user switched off.
   */
  hidden?: boolean;
  url?: string;
}

interface DiagState {
  state: 'closed' | 'loading' | 'ready';
  text?: string;
  partial?: boolean;
  copied?: 'ok' | 'failed' | null;
}

const GROUP_POLL_MS = 1500;

function siteOrigins(site: Site): string[] {
  return readManifestFacts(browser.runtime.getManifest()).hostsOf(site);
}

/**
 * Whether the browser lets Taktvoll into this tab's page. Asked for the tab's own origin: Firefox
 * switches each host pattern on and off separately, so Facebook may be allowed while Messenger is not.
 */
async function hasAccess(url: string | undefined): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [`${new URL(url ?? '').origin}/*`] });
  } catch {
    return true; // cannot tell: do not nag
  }
}

/** The sites whose host access the browser withholds (all of a site's patterns must be granted). */
async function withheldSites(): Promise<Site[]> {
  const out: Site[] = [];
  for (const site of SITES) {
    try {
      if (!(await browser.permissions.contains({ origins: siteOrigins(site) }))) out.push(site);
    } catch {
      /* cannot tell: do not nag */
    }
  }
  return out;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function App() {
  const [tab, setTab] = useState<TabInfo | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [health, setHealth] = useState<Health[]>([]);
  const [stats, setStats] = useState<DayStats[] | null>(null);
  const [dialogs, setDialogs] = useState<GroupDialogState[]>([]);
  const [error, setError] = useState<string | null>(null);
  /** Whether the browser grants the site's host permissions (users can withhold them). */
  const [access, setAccess] = useState(true);
  const [now, setNow] = useState(() => Date.now());
  const [diag, setDiag] = useState<DiagState>({ state: 'closed' });
  /** "No occasion needed": this week's people (null until asked; never asked with the memory off). */
  const [people, setPeople] = useState<Suggestion[] | null>(null);
  const [peopleOpen, setPeopleOpen] = useState(false);
  const [peopleStatus, setPeopleStatus] = useState('');
  /** Prompt fatigue: checks toned down to the badge only (null until the background answered). */
  const [toned, setToned] = useState<TonedRule[] | null>(null);
  const [tonedStatus, setTonedStatus] = useState('');

  /** Sites withheld by the browser, offered when the tab's address is hidden from us. */
  const [withheld, setWithheld] = useState<Site[]>([]);
  /** Bumped to read the tab again (after the user allowed a site). */
  const [reload, setReload] = useState(0);

  useEffect(() => {
    let alive = true;
    void (async () => {
      try {
        // ?tab=<id> targets a given tab (the popup opened as a page, e.g. in end-to-end tests).
        const forced = Number(new URLSearchParams(location.search).get('tab'));
        const active = Number.isInteger(forced) && forced > 0 ? await browser.tabs.get(forced) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
        const info: TabInfo = { id: active?.id, site: siteFromUrl(active?.url), hidden: active !== undefined && active.url === undefined, url: active?.url };
        if (!alive) return;
        setTab(info);
        const [s, h, st, td] = await Promise.all([
          loadSettings(),
          info.id !== undefined && info.site ? sendFromPage('getTabHealth', { tabId: info.id }).catch(() => [] as Health[]) : Promise.resolve([] as Health[]),
          sendFromPage('getStats', { days: 30 }),
          sendFromPage('listTonedRules').catch(() => [] as TonedRule[]),
        ]);
        if (!alive) return;
        setSettings(s);
        setHealth(h);
        setStats(st);
        setToned(td);
        if (info.site) setAccess(await hasAccess(active?.url));
        const hiddenFrom = info.hidden ? await withheldSites() : [];
        if (alive) setWithheld(hiddenFrom);
      } catch (e) {
        if (alive) setError(errorText(e));
      }
    })();
    return () => {
      alive = false;
    };
  }, [reload]);

  // Asked only when the user opened the popup, and only with the relationship memory on.
  const keepInTouch = settings?.relationship.enabled === true;
  useEffect(() => {
    if (!keepInTouch) {
      setPeople(null);
      return;
    }
    let alive = true;
    sendFromPage('getSuggestions').then(
      (list) => {
        if (alive) setPeople(list);
      },
      () => {
        if (alive) setPeople([]);
      },
    );
    return () => {
      alive = false;
    };
  }, [keepInTouch]);

  const answerPerson = useCallback(
    async (key: string, answer: SuggestionAnswer['answer']) => {
      const name = people?.find((p) => p.key === key)?.name ?? '';
      try {
        setPeople(await sendFromPage('answerSuggestion', { key, answer }));
        setPeopleStatus(t(answer === 'done' ? 'popup_keep_answered_done' : answer === 'later' ? 'popup_keep_answered_later' : 'popup_keep_answered_never', name));
      } catch (e) {
        setError(errorText(e));
      }
    },
    [people],
  );

  /** "Ask again": the check holds sends again; the list is read back from the background. */
  const restoreRule = useCallback(async (rule: string) => {
    const label = t(RULE_LABEL[rule as RuleId]);
    try {
      await sendFromPage('restoreRule', { rule: rule as RuleId });
      setToned(await sendFromPage('listTonedRules'));
      setTonedStatus(t('popup_toned_restored', label));
    } catch (e) {
      setError(errorText(e));
    }
  }, []);

  useEffect(() => {
    const unwatch = watchSettings((s) => setSettings(s));
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => {
      unwatch();
      clearInterval(timer);
    };
  }, []);

  // The group checklist lives in the tab's content script; the background relays (it may not answer).
  useEffect(() => {
    const tabId = tab?.id;
    if (tabId === undefined || !tab?.site) return;
    let alive = true;
    const poll = async () => {
      try {
        const list = await sendFromPage('getTabGroupDialogs', { tabId });
        if (alive) setDialogs(Array.isArray(list) ? list : []);
      } catch {
        if (alive) setDialogs([]);
      }
    };
    void poll();
    const timer = setInterval(() => void poll(), GROUP_POLL_MS);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, [tab]);

  const answer = useCallback(
    async (dialogId: string, personKey: string, item: string, checked: boolean) => {
      if (tab?.id === undefined) return;
      try {
        const list = await sendFromPage('answerTabGroupItem', { tabId: tab.id, dialogId, personKey, item, checked });
        if (Array.isArray(list)) setDialogs(list);
      } catch {
        /* the dialog closed meanwhile: the next poll updates the list */
      }
    },
    [tab],
  );

  /** Apply a change to the stored settings as they are now (not as this popup last saw them). */
  const change = useCallback(async (next: (s: Settings) => Settings) => {
    try {
      setSettings(await saveSettings(next(await loadSettings())));
      setNow(Date.now());
    } catch (e) {
      setError(errorText(e));
    }
  }, []);

  /** "Not working here?": ask the tab's top frame for the page's structure, show the whole report. */
  const openDiagnostic = useCallback(async () => {
    if (tab?.id === undefined || !tab.site) return;
    setDiag({ state: 'loading' });
    const [page, frames] = await Promise.all([
      sendFromPage('getTabDiagnostic', { tabId: tab.id }).catch(() => null),
      sendFromPage('getTabHealth', { tabId: tab.id }).catch(() => health),
    ]);
    const text = formatDiagnostic({
      version: browser.runtime.getManifest().version,
      browser: browserOf(navigator.userAgent),
      site: tab.site,
      tabUrl: tab.url,
      health: frames,
      page,
    });
    setDiag({ state: 'ready', text, partial: page === null, copied: null });
  }, [tab, health]);

  const copyDiagnostic = useCallback(() => {
    const text = diag.text ?? '';
    navigator.clipboard.writeText(text).then(
      () => setDiag((d) => ({ ...d, copied: 'ok' })),
      () => setDiag((d) => ({ ...d, copied: 'failed' })),
    );
  }, [diag.text]);

  const site = tab?.site;
  const state = settings && tab ? guardState(site, settings, health, now, access) : null;

  // Must run in the click's user gesture: request first, then read the tab again.
  const grant = (which: Site | undefined) => {
    if (!which) return;
    browser.permissions.request({ origins: siteOrigins(which) }).then(
      (granted) => {
        if (granted) {
          setAccess(true);
          setReload((n) => n + 1);
        }
      },
      (e: unknown) => setError(errorText(e)),
    );
  };
  const siteLabel = site ? t(SITE_LABEL[site]) : undefined;
  const summary = summarizeHealth(health);

  return (
    <main class="tv-popup">
      <h1>{t('popup_title')}</h1>
      {error && (
        <p role="alert" class="tv-error">
          {t('popup_error', error)}
        </p>
      )}
      <section aria-labelledby="tv-tab-h">
        <h2 id="tv-tab-h">{t('popup_tab_heading')}</h2>
        {!state ? (
          <p>{t('popup_loading')}</p>
        ) : (
          <>
            <TabStatus
              siteLabel={siteLabel}
              state={state}
              summary={summary}
              lastFindingLabel={summary.lastFinding ? t(RULE_LABEL[summary.lastFinding.rule]) : undefined}
              formatTime={formatTime}
              onGrant={() => grant(site)}
              withheld={withheld.map((w) => ({ label: t(SITE_LABEL[w]), onGrant: () => grant(w) }))}
            />
            {site && siteLabel && state.kind !== 'off' && state.kind !== 'no-access' && (
              <PauseControls
                siteLabel={siteLabel}
                paused={state.kind === 'paused' || state.kind === 'paused-site'}
                onPauseHour={() => void change((s) => pauseFor(s, site, 'hour', Date.now()))}
                onPauseSite={() => void change((s) => pauseFor(s, site, 'site', Date.now()))}
                onResume={() => void change((s) => resume(s, site))}
              />
            )}
          </>
        )}
      </section>
      {site && state && state.kind !== 'no-access' && (
        <Diagnostic {...diag} onOpen={() => void openDiagnostic()} onCopy={copyDiagnostic} />
      )}
      {dialogs.length > 0 && (
        <section aria-labelledby="tv-group-h">
          <h2 id="tv-group-h">{t('popup_group_heading')}</h2>
          {dialogs.map((d) => (
            <GroupChecklist key={d.id} dialog={d} formatDate={formatDate} onToggle={(p, item, checked) => void answer(d.id, p, item, checked)} />
          ))}
        </section>
      )}
      {keepInTouch && people && (
        <section aria-labelledby="tv-keep-h">
          <h2 id="tv-keep-h">{t('popup_keep_heading')}</h2>
          <NoOccasion
            people={people}
            open={peopleOpen}
            onToggle={() => setPeopleOpen((o) => !o)}
            onAnswer={(key, a) => void answerPerson(key, a)}
            status={peopleStatus}
            formatDate={formatDate}
            siteLabel={(s) => t(SITE_LABEL[s])}
          />
        </section>
      )}
      {toned && (toned.length > 0 || tonedStatus) && (
        <section aria-labelledby="tv-toned-h">
          <h2 id="tv-toned-h">{t('popup_toned_heading')}</h2>
          <TonedDown items={toned.map((r) => ({ ...r, label: t(RULE_LABEL[r.rule]) }))} onRestore={(rule) => void restoreRule(rule)} status={tonedStatus} />
        </section>
      )}
      <section aria-labelledby="tv-stats-h">
        <h2 id="tv-stats-h">{t('popup_stats_heading')}</h2>
        {stats ? (
          <StatsPanel
            days={stats}
            formatDay={formatDay}
            practiceUrl={browser.runtime.getURL('/options.html#practice')}
            onPractice={() => void browser.tabs.create({ url: browser.runtime.getURL('/options.html#practice') }).then(() => window.close())}
          />
        ) : (
          <p>{t('popup_loading')}</p>
        )}
      </section>
      <p class="tv-footer">
        <a
          href={browser.runtime.getURL('/options.html')}
          onClick={(e) => {
            e.preventDefault();
            void browser.runtime.openOptionsPage().then(() => window.close());
          }}
        >
          {t('popup_open_options')}
        </a>
      </p>
    </main>
  );
}
