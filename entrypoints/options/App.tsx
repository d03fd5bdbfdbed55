/** Options page logic: state, storage and messaging; the sections themselves are components. */
import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { GuardSettings } from '../../components/options/GuardSettings';
import { LedgerTable } from '../../components/options/LedgerTable';
import { PracticeArea } from '../../components/options/PracticeArea';
import { PrivacyPromise } from '../../components/options/PrivacyPromise';
import { Relationships } from '../../components/options/Relationships';
import { Retention } from '../../components/options/Retention';
import { RuleEditor } from '../../components/options/RuleEditor';
import { SendMemoryTable, type SendMemoryRow } from '../../components/options/SendMemoryTable';
import { Transfer, type ImportView } from '../../components/options/Transfer';
import { TrustedContacts } from '../../components/options/TrustedContacts';
import { WipeData } from '../../components/options/WipeData';
import type { DraftContext, Site } from '../../lib/analysis/types';
import { t } from '../../lib/i18n';
import type { MessageKey } from '../../lib/i18n/keys';
import { sendFromPage } from '../../lib/messaging/page-to-background';
import { MAX_JUDGED_CHARS } from '../../lib/messaging/types';
import type { LedgerEntry, Relation, RelationEditDto, TrustedContact } from '../../lib/messaging/schemas';
import { checkPhrase, makeAnalyze, reuseKey } from '../../lib/pages/analyzer';
import { formatDate, formatDateTime } from '../../lib/pages/format';
import { readManifestFacts } from '../../lib/pages/manifest';
import { buildRule, newRuleId, type RuleDraft } from '../../lib/pages/rules';
import { SITE_LABEL } from '../../lib/pages/status';
import { nameKey } from '../../lib/people';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { loadSettings, saveSettings, watchSettings } from '../../lib/storage/settings-item';
import { MAX_IMPORT_BYTES, applyImport, buildExport, exportFileName, parseImport, type ImportData } from '../../lib/storage/transfer';

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

const SECTIONS: { id: string; key: MessageKey }[] = [
  { id: 'guard', key: 'options_guard_heading' },
  { id: 'rules', key: 'options_rules_heading' },
  { id: 'trusted', key: 'options_trusted_heading' },
  { id: 'relations', key: 'options_relations_heading' },
  { id: 'practice', key: 'options_practice_heading' },
  { id: 'data', key: 'options_data_heading' },
  { id: 'transfer', key: 'options_transfer_heading' },
  { id: 'privacy', key: 'options_privacy_heading' },
  { id: 'wipe', key: 'options_wipe_heading' },
];

function Section({ id, title, children }: { id: string; title: MessageKey; children: ComponentChildren }) {
  return (
    <section id={id} aria-labelledby={`${id}-h`} class="tv-section">
      <h2 id={`${id}-h`} tabIndex={-1}>
        {t(title)}
      </h2>
      {children}
    </section>
  );
}

const now = () => Date.now();

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [trusted, setTrustedList] = useState<TrustedContact[]>([]);
  const [ledger, setLedger] = useState<LedgerEntry[]>([]);
  const [memory, setMemory] = useState<SendMemoryRow[]>([]);
  const [relations, setRelations] = useState<Relation[]>([]);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [importView, setImportView] = useState<ImportView>({ kind: 'idle' });
  const [pending, setPending] = useState<ImportData | null>(null);
  /** The practice area judges like the guard: the background looks the draft on screen up in the send memory. */
  const [analyze, setAnalyze] = useState(() => makeAnalyze());
  const lastDraft = useRef<{ draft: string; context: DraftContext } | null>(null);
  const lookUp = useCallback((draft: string, context: DraftContext) => {
    lastDraft.current = { draft, context };
    if (draft.length > MAX_JUDGED_CHARS) return;
    sendFromPage('findReuse', { text: draft, context }).then(
      (reuse) => {
        if (lastDraft.current?.draft === draft && lastDraft.current.context === context) setAnalyze(() => makeAnalyze({ key: reuseKey(draft, context), reuse }));
      },
      () => undefined, // no answer: the rules and the model judge without the send memory
    );
  }, []);

  const announce = (text: string) => {
    // Clear first so the same message is announced again.
    setStatus('');
    setTimeout(() => setStatus(text), 50);
  };

  const reloadData = useCallback(async () => {
    try {
      const [tr, lg, mem, rel] = await Promise.all([sendFromPage('listTrusted'), sendFromPage('listLedger', {}), sendFromPage('listSendMemory', {}), sendFromPage('listRelations')]);
      setTrustedList(tr);
      setLedger(lg);
      setMemory(mem);
      setRelations(rel);
      // What was remembered may have changed (a deletion, a wipe, a send in another tab): ask again.
      if (lastDraft.current) lookUp(lastDraft.current.draft, lastDraft.current.context);
    } catch (e) {
      setError(t('options_error_load', errorText(e)));
    }
  }, [lookUp]);

  useEffect(() => {
    void loadSettings().then(setSettings, (e: unknown) => setError(t('options_error_load', errorText(e))));
    void reloadData();
    // Coming back to this tab: the pause card or the group guard may have added contacts or entries.
    const onVisible = () => {
      if (document.visibilityState === 'visible') void reloadData();
    };
    document.addEventListener('visibilitychange', onVisible);
    const unwatch = watchSettings(setSettings);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      unwatch();
    };
  }, [reloadData]);

  /** Change the stored settings as they are now; announces the outcome, returns whether it worked. */
  const change = useCallback(async (fn: (s: Settings) => Settings, done: string = t('options_saved')): Promise<boolean> => {
    try {
      const next = await saveSettings(fn(await loadSettings()));
      setSettings(next);
      announce(done);
      return true;
    } catch (e) {
      announce(t('options_save_failed', errorText(e)));
      return false;
    }
  }, []);

  /** Run an action against the background; announce success or the failure. */
  const attempt = async (action: () => Promise<unknown>, done: () => string) => {
    try {
      await action();
      announce(done());
    } catch (e) {
      announce(t('options_save_failed', errorText(e)));
    }
  };

  if (!settings) {
    return (
      <main class="tv-options">
        <h1>{t('options_title')}</h1>
        {error ? <p role="alert" class="tv-error">{error}</p> : <p>{t('popup_loading')}</p>}
      </main>
    );
  }

  const facts = readManifestFacts(browser.runtime.getManifest());

  const addRule = (draft: RuleDraft) => {
    const rule = buildRule(draft, newRuleId(Date.now()));
    void change((s) => ({ ...s, personalRules: [...s.personalRules, rule] }), t('options_rule_added', rule.phrase));
  };
  const deleteRule = (id: string) => {
    const rule = settings.personalRules.find((r) => r.id === id);
    void change((s) => ({ ...s, personalRules: s.personalRules.filter((r) => r.id !== id) }), t('options_rule_deleted', rule?.phrase ?? ''));
  };

  const isTrusted = (site: Site, name: string) => trusted.some((c) => c.site === site && c.key === nameKey(name));
  const addTrusted = (site: Site, name: string) =>
    attempt(async () => {
      const current = await sendFromPage('listTrusted');
      const contact: TrustedContact = { site, key: nameKey(name), name, addedAt: Date.now(), source: 'options' };
      await sendFromPage('setTrusted', { contacts: [...current.filter((c) => !(c.site === site && c.key === contact.key)), contact] });
      await reloadData();
    }, () => t('options_trusted_added', name));

  const removeTrusted = (c: TrustedContact) =>
    attempt(async () => {
      await sendFromPage('untrustPerson', { site: c.site, key: c.key, name: c.name });
      await reloadData();
    }, () => t('options_trusted_removed', c.name || c.key));

  const editRelation = (edit: RelationEditDto, name: string) =>
    attempt(async () => {
      await sendFromPage('editRelation', edit);
      await reloadData();
    }, () => t('options_relations_saved', name));

  const deleteRelation = (key: string, name: string) =>
    attempt(async () => {
      await sendFromPage('deleteRelation', { key });
      await reloadData();
    }, () => t('options_relations_deleted', name));

  let deleted = 0;
  const saveRetention = (days: number) =>
    attempt(async () => {
      await saveSettings({ ...(await loadSettings()), retentionDays: days });
      deleted = (await sendFromPage('applyRetention')).deleted;
      await reloadData();
    }, () => t('options_retention_done', deleted));

  const deleteLedger = (id: number) =>
    attempt(async () => {
      await sendFromPage('deleteLedgerEntry', { id });
      await reloadData();
    }, () => t('options_ledger_deleted'));

  const deleteMemory = (id: number) =>
    attempt(async () => {
      await sendFromPage('deleteSendMemory', { id });
      await reloadData();
    }, () => t('options_memory_deleted'));

  const exportAll = () => {
    const at = Date.now();
    const name = exportFileName(at);
    return attempt(async () => {
      const file = buildExport(await loadSettings(), await sendFromPage('listTrusted'), at, await sendFromPage('listRelations'));
      const url = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    }, () => t('options_exported', name));
  };

  const readImport = async (file: File) => {
    setPending(null);
    const fileName = file.name.slice(0, 80);
    // Size first: a huge file is refused before it is read, let alone parsed.
    if (file.size > MAX_IMPORT_BYTES) {
      const res = parseImport('', { now: Date.now(), byteLength: file.size });
      if (!res.ok) setImportView({ kind: 'failed', fileName, errors: res.errors });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setImportView({ kind: 'failed', fileName, errors: [{ key: 'options_import_read_failed' }] });
      return;
    }
    const res = parseImport(text, { now: Date.now(), byteLength: file.size, checkRule: checkPhrase });
    if (!res.ok) {
      setImportView({ kind: 'failed', fileName, errors: res.errors });
      return;
    }
    setPending(res.data);
    setImportView({ kind: 'preview', fileName, rules: res.data.settings.personalRules.length, contacts: res.data.trustedContacts.length, fromVersion: res.data.fromVersion });
  };

  const confirmImport = async () => {
    if (!pending) return;
    try {
      setSettings(
        await applyImport(pending, {
          loadSettings,
          saveSettings,
          listTrusted: () => sendFromPage('listTrusted'),
          setTrusted: (contacts) => sendFromPage('setTrusted', { contacts }),
          listRelations: () => sendFromPage('listRelations'),
          setRelations: (relations) => sendFromPage('setRelations', { relations }),
        }),
      );
      await reloadData();
      announce(t('options_import_done', pending.settings.personalRules.length, pending.trustedContacts.length));
    } catch (e) {
      announce(t('options_import_apply_failed', errorText(e)));
    }
    setPending(null);
    setImportView({ kind: 'idle' });
  };

  const cancelImport = () => {
    setPending(null);
    setImportView({ kind: 'idle' });
    announce(t('options_import_cancelled'));
  };

  const wipe = () =>
    attempt(async () => {
      await sendFromPage('wipeAllData');
      setSettings(await saveSettings(DEFAULT_SETTINGS));
      await reloadData();
    }, () => t('options_wiped'));

  return (
    <div class="tv-options">
      <header>
        <h1>{t('options_title')}</h1>
        <p>{t('options_intro')}</p>
        <nav aria-label={t('options_nav_label')}>
          <ul class="tv-nav">
            {SECTIONS.map((s) => (
              <li key={s.id}>
                <a href={`#${s.id}`}>{t(s.key)}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main>
        <div role="status" aria-live="polite" class="tv-toast" data-testid="status">
          {status}
        </div>
        {error && (
          <p role="alert" class="tv-error">
            {error}
          </p>
        )}
        <Section id="guard" title="options_guard_heading">
          <GuardSettings settings={settings} onChange={(fn) => void change(fn)} now={Date.now()} formatTime={formatDateTime} />
        </Section>
        <Section id="rules" title="options_rules_heading">
          <RuleEditor rules={settings.personalRules} check={checkPhrase} onAdd={addRule} onDelete={deleteRule} />
        </Section>
        <Section id="trusted" title="options_trusted_heading">
          <TrustedContacts contacts={trusted} isTrusted={isTrusted} onAdd={(site, name) => void addTrusted(site, name)} onRemove={(c) => void removeTrusted(c)} formatDate={formatDate} />
        </Section>
        <Section id="relations" title="options_relations_heading">
          <Relationships
            settings={settings.relationship}
            onSettings={(relationship) => void change((s) => ({ ...s, relationship }))}
            rows={relations}
            now={Date.now()}
            formatDate={formatDate}
            onEdit={(edit, name) => void editRelation(edit, name)}
            onDelete={(key, name) => void deleteRelation(key, name)}
          />
        </Section>
        <Section id="practice" title="options_practice_heading">
          <PracticeArea settings={settings} analyze={analyze} now={now} isTrusted={isTrusted} onDraft={lookUp} />
        </Section>
        <Section id="data" title="options_data_heading">
          <Retention days={settings.retentionDays} onSave={(d) => void saveRetention(d)} />
          <h3>{t('options_ledger_heading')}</h3>
          <p>{t('options_ledger_intro')}</p>
          <LedgerTable entries={ledger} formatDate={formatDateTime} onDelete={(id) => void deleteLedger(id)} />
          <h3>{t('options_memory_heading')}</h3>
          <p>{t('options_memory_intro')}</p>
          <SendMemoryTable rows={memory} formatDate={formatDateTime} onDelete={(id) => void deleteMemory(id)} />
        </Section>
        <Section id="transfer" title="options_transfer_heading">
          <Transfer view={importView} onExport={() => void exportAll()} onFile={(f) => void readImport(f)} onConfirm={() => void confirmImport()} onCancel={cancelImport} />
        </Section>
        <Section id="privacy" title="options_privacy_heading">
          <PrivacyPromise
            permissions={facts.permissions}
            hostPermissions={facts.hostPermissions}
            connectNone={facts.connectNone}
            retentionDays={settings.retentionDays}
            hostLabel={(h) => {
              const site = facts.hostSite(h);
              return site ? t(SITE_LABEL[site]) : h;
            }}
          />
        </Section>
        <Section id="wipe" title="options_wipe_heading">
          <WipeData onWipe={() => void wipe()} />
        </Section>
      </main>
    </div>
  );
}
