/**
 * The pause card's "don't ask again" choices, applied when the user presses "Keep editing" or
 * "Send anyway" (never by themselves): remembered in the background — a check switched off on
 * this site only — and announced in an undo toast on the page.
 */
import type { Theme } from '../../../components/types';
import type { RuleId, Site } from '../../analysis/types';
import { t } from '../../i18n';
import type { ContentChoice, PersonRef } from '../../messaging/schemas';
import { SITE_REGISTRY } from '../../sites/registry';
import type { GuardBackend } from '../backend';
import { showUndoToast } from './toast';

export interface Chosen {
  site: Site;
  /** Don't ask again for this person (null: not chosen). */
  person: PersonRef | null;
  /** Their first name, for the toast. */
  name?: string;
  /** Don't ask about these rules on this site again (empty: not chosen). */
  rules: RuleId[];
}

export function applyChoices(backend: GuardBackend, doc: Document, parent: Element | null, theme: Theme, c: Chosen): void {
  const made: Exclude<ContentChoice, { kind: 'undo' }>[] = [];
  const said: string[] = [];
  if (c.person) {
    made.push({ kind: 'trust-person', person: c.person });
    said.push(c.name ? t('composer_toast_trusted', c.name) : t('composer_toast_trusted_unnamed'));
  }
  if (c.rules.length > 0) {
    for (const rule of c.rules) made.push({ kind: 'disable-rule', rule, site: c.site });
    const titles = c.rules.map((r) => t(`composer_rule_${r.replace(/-/g, '_')}` as 'composer_rule_templated_greeting')).join(', ');
    said.push(t('composer_toast_rule', titles, t(SITE_REGISTRY[c.site].label)));
  }
  if (made.length === 0) return;
  const recorded = made.map((choice) => backend.recordChoice(choice));
  showUndoToast(doc, parent, theme, said.join(' '), async () => {
    await Promise.all(recorded);
    const undone = await Promise.all(made.map((choice) => backend.recordChoice({ kind: 'undo', choice })));
    return undone.every(Boolean);
  });
}
