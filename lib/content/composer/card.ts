/**
 * The pause card for one held send. It has a lifetime of its own: when the runtime ends under it
 * (an extension update), an open card keeps working — "Send anyway" still sends through the site
 * and is confirmed, or the card says "Not sent" — because everything it needs is the page's DOM.
 */
import { h } from 'preact';
import { firstName } from '../../analysis/core';
import type { Finding, RuleId } from '../../analysis/types';
import { PauseCard } from '../../../components/PauseCard';
import { cardCss } from '../../../components/styles';
import { t, tr } from '../../i18n';
import type { PersonRef } from '../../messaging/schemas';
import type { Composer, ComposerContext, SiteAdapter } from '../../sites/types';
import type { GuardBackend } from '../backend';
import { createLifetime, type Lifetime } from '../lifetime';
import { mountShadow, type ShadowMount } from '../mount';
import { appendText, saveCaret } from '../write';
import { personRef } from './context';
import { cueItems } from './cue';
import { confirmSent, currentPath, retrigger, type SendPath } from './release';

export interface HeldSend {
  text: string;
  ctx: ComposerContext;
  path: SendPath;
  person: PersonRef | null;
  recipientName?: string;
  findings: Finding[];
  holding: Finding[];
  shownToday: number;
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
  /** "Not for this person" was chosen. */
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

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly backend: GuardBackend,
    private readonly composer: Composer,
    readonly held: HeldSend,
    private readonly events: CardEvents,
    parent: Element | null,
  ) {
    this.rules = [...new Set(held.holding.map((f) => f.rule))];
    this.restoreCaret = saveCaret(composer);
    // Strings the card may need later, while the extension may already be gone.
    t('composer_card_sending');
    t('composer_card_not_sent');
    t('common_close');
    this.mount = mountShadow(composer.editor.ownerDocument, 'pause-card', cardCss, parent, () => {
      this.remove();
      this.events.lost(this);
    });
    this.mount.setStyle({ inset: '0', width: '100vw', height: '100vh' });
    this.life.onAbort(() => this.mount.remove());
    this.render();
  }

  /** Put the card back if the page removed it (bounded); false once we gave up. */
  ensureAttached(): boolean {
    if (this.life.aborted) return false;
    const wasAttached = this.mount.host.isConnected;
    if (!this.mount.ensureAttached()) return false;
    if (!wasAttached) this.mount.focus('button.primary');
    return true;
  }

  remove(): void {
    this.life.abort('closed');
  }

  private close(): void {
    this.remove();
    this.events.closed(this);
  }

  private render(): void {
    const { held } = this;
    const top = held.holding[0];
    const variant = (new Date().getDate() + held.shownToday) % 3;
    this.mount.render(
      h(PauseCard, {
        recipientName: firstName(held.recipientName),
        items: cueItems(held.text, [...held.holding, ...held.findings.filter((f) => !held.holding.includes(f))]),
        questions: (top?.questions ?? []).map(tr),
        variant,
        shownToday: held.shownToday,
        status: this.status,
        onSendAnyway: () => void this.release(),
        onKeepEditing: () => {
          this.close();
          this.events.editing(this);
          this.restoreCaret();
        },
        onNotForPerson: held.person
          ? () => {
              const person = held.person;
              if (person) void this.backend.recordChoice({ kind: 'trust-person', person });
              this.events.trusted(this);
              void this.release();
            }
          : undefined,
        onNeverForRule: () => {
          for (const rule of this.rules) void this.backend.recordChoice({ kind: 'disable-rule', rule });
          void this.release();
        },
        onInsert: async (line: string) => {
          const ok = await appendText(this.composer, line, () => this.adapter.readText(this.composer));
          if (ok) {
            this.close();
            this.events.editing(this);
          }
          return ok;
        },
        onClose: () => {
          this.close();
          this.restoreCaret();
        },
      }),
    );
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
