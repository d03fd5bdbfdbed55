/**
 * The pause card for one held send. It has a lifetime of its own: when the runtime ends under it
 * (an extension update), an open card keeps working — "Send anyway" still sends through the site
 * and is confirmed, or the card says "Not sent" — because everything it needs is the page's DOM.
 */
import { h } from 'preact';
import { firstName } from '../../analysis/core';
import type { Finding, RuleId } from '../../analysis/types';
import { PauseCard, type CardChoices } from '../../../components/PauseCard';
import { cardCss } from '../../../components/styles';
import type { Theme } from '../../../components/types';
import { t } from '../../i18n';
import type { PersonRef } from '../../messaging/schemas';
import { SITE_REGISTRY } from '../../sites/registry';
import type { Composer, ComposerContext, SiteAdapter } from '../../sites/types';
import type { GuardBackend } from '../backend';
import { createLifetime, type Lifetime } from '../lifetime';
import { mountShadow, type ShadowMount } from '../mount';
import { placeCardDialog } from '../geometry';
import { pageTheme } from '../theme';
import { appendText, prependText, saveCaret } from '../write';
import { personRef } from './context';
import { cueItems } from './cue';
import { confirmSent, currentPath, retrigger, type SendPath } from './release';
import { applyChoices } from './choices';
import type { CardVariant } from './variant';

export interface HeldSend {
  text: string;
  ctx: ComposerContext;
  path: SendPath;
  person: PersonRef | null;
  recipientName?: string;
  findings: Finding[];
  holding: Finding[];
  shownToday: number;
  /** Full or compact (lib/content/composer/variant.ts chooses). */
  variant?: CardVariant;
}

/** What the card tells the session it belongs to. */
export interface CardEvents {
  /** The site's send is about to be re-triggered: let its events pass. */
  releasing(card: PauseCardController): void;
  /** The held send went out (confirmed). */
  sent(card: PauseCardController): void;
  /** The user went back to the draft (Keep editing, or their own line was added). */
  editing(card: PauseCardController): void;
  /** The release could not be confirmed: the next send of this text should pass. */
  notSent(card: PauseCardController): void;
  /** "Don't ask again for …" was chosen (and applied). */
  trusted(card: PauseCardController): void;
  /** The page kept removing the card: it is gone, and the held send should go through next time. */
  lost(card: PauseCardController): void;
  closed(card: PauseCardController): void;
  onError(where: string, err: unknown): void;
}

export class PauseCardController {
  readonly life: Lifetime = createLifetime();
  readonly rules: RuleId[];
  private readonly mount: ShadowMount;
  private status: 'sending' | 'not-sent' | undefined;
  private readonly restoreCaret: () => void;
  private readonly theme: Theme;
  private dialog: HTMLDialogElement | null = null;

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly backend: GuardBackend,
    private readonly composer: Composer,
    readonly held: HeldSend,
    private readonly events: CardEvents,
    private readonly parent: Element | null,
  ) {
    this.rules = [...new Set(held.holding.map((f) => f.rule))];
    this.restoreCaret = saveCaret(composer);
    this.theme = pageTheme(composer.editor);
    // Strings the card may need later, while the extension may already be gone.
    t('composer_card_sending');
    t('composer_card_not_sent');
    t('common_close');
    this.mount = mountShadow(composer.editor.ownerDocument, 'pause-card', cardCss, parent, () => {
      this.remove();
      this.events.lost(this);
    });
    this.life.onAbort(() => this.mount.remove());
    const win = composer.editor.ownerDocument.defaultView;
    if (win) this.life.listen(win, 'resize', () => this.place());
    this.render();
  }

  /** Put the card back if the page removed it (bounded); false once we gave up. */
  ensureAttached(): boolean {
    if (this.life.aborted) return false;
    const wasAttached = this.mount.host.isConnected;
    if (!this.mount.ensureAttached()) return false;
    if (!wasAttached) {
      // Taken out of the document, the dialog left the top layer: open it as a modal again.
      const d = this.dialog;
      try {
        if (d?.open) d.close();
        d?.showModal();
      } catch {
        /* shown in place */
      }
      this.place();
      this.mount.focus('button.primary');
    }
    return true;
  }

  remove(): void {
    this.life.abort('closed');
  }

  private close(): void {
    this.remove();
    this.events.closed(this);
  }

  /** Near the composer, not over the draft where the window has room; always inside the viewport. */
  private place(dialog = this.dialog): void {
    if (dialog && !this.life.aborted) placeCardDialog(dialog, this.composer.editor);
  }

  /** Holding findings first (surest first), then the others. */
  private ordered(): Finding[] {
    const { holding, findings } = this.held;
    return [...[...holding].sort((a, b) => b.confidence - a.confidence), ...findings.filter((f) => !holding.includes(f))];
  }

  private render(): void {
    const { held } = this;
    const variant = (new Date().getDate() + held.shownToday) % 3;
    const name = firstName(held.recipientName);
    this.mount.render(
      h(PauseCard, {
        recipientName: name,
        siteName: t(SITE_REGISTRY[this.adapter.site].label),
        items: cueItems(held.text, this.ordered()),
        draft: held.text,
        variant,
        compact: held.variant === 'compact',
        theme: this.theme,
        canTrustPerson: held.person !== null,
        status: this.status,
        onOpen: (dialog) => {
          this.dialog = dialog;
          this.place(dialog);
        },
        onSendAnyway: (choices) => {
          this.apply(choices);
          void this.release();
        },
        onKeepEditing: (choices) => {
          this.apply(choices);
          this.close();
          this.events.editing(this);
          this.restoreCaret();
        },
        onInsert: (line: string, where: 'start' | 'end') => this.insert(line, where),
        onClose: () => {
          this.close();
          this.restoreCaret();
        },
      }),
    );
  }

  /**
   * Write the user's own words into the composer. While the card is modal the composer is inert
   * (it cannot take the caret, and the browser would type into the card), so the dialog steps
   * out of the top layer for the write and comes back if it did not take.
   */
  private async insert(line: string, where: 'start' | 'end'): Promise<boolean> {
    const read = () => this.adapter.readText(this.composer);
    const d = this.dialog;
    d?.close();
    const ok = where === 'start' ? await prependText(this.composer, line, read) : await appendText(this.composer, line, read);
    if (ok) {
      this.close();
      this.events.editing(this);
    } else if (d && !this.life.aborted) {
      d.showModal();
      this.place(d);
    }
    return ok;
  }

  /** The "don't ask again" choices, applied with the button pressed; an undo toast follows. */
  private apply(choices: CardChoices): void {
    const { person, recipientName } = this.held;
    if (choices.notForPerson && person) this.events.trusted(this);
    applyChoices(this.backend, this.composer.editor.ownerDocument, this.parent?.isConnected ? this.parent : null, this.theme, {
      site: this.adapter.site,
      person: choices.notForPerson ? person : null,
      name: firstName(recipientName),
      rules: choices.neverForRule ? this.rules : [],
    });
  }

  private setStatus(status: 'sending' | 'not-sent'): void {
    this.status = status;
    if (status === 'not-sent') this.events.notSent(this);
    if (!this.life.aborted) this.render();
  }

  /** Send the held message through the site's own control as it is now, once; confirm it went out. */
  private async release(): Promise<void> {
    if (this.status || this.life.aborted) return;
    const { adapter, composer, held } = this;
    let sent = false;
    try {
      const controls = adapter.sendControls(composer);
      const path = currentPath(held.path, controls);
      const text = path?.kind === 'chip' ? path.text : adapter.readText(composer);
      const person = personRef(adapter.site, adapter.readContext(composer).recipient);
      if (!path || text !== held.text || person?.key !== held.person?.key) return this.setStatus('not-sent');
      this.setStatus('sending');
      this.events.releasing(this);
      retrigger(path, controls, composer.editor);
      const editor = composer.editor;
      sent = await confirmSent(this.life, () =>
        !editor.isConnected || (path.kind === 'chip' ? !path.el.isConnected : adapter.readText(composer).trim() === ''),
      );
    } catch (err) {
      this.events.onError('release', err);
    }
    if (this.life.aborted) return;
    if (!sent) return this.setStatus('not-sent');
    try {
      this.events.sent(this);
    } catch (err) {
      this.events.onError('release', err);
    }
    this.close();
  }
}
