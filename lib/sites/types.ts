/**
 * The contract between the site-independent runtime (lib/content) and the site adapters
 * (lib/sites/<site>/). Only adapters know a site's DOM. Every adapter method must be cheap,
 * must never throw for unknown DOM (return null / [] / undefined instead), and must never
 * modify the page. Adapters are built with defineAdapter() (lib/sites/kit/define.ts), which
 * wraps every call fail-open and counts why one failed.
 */
import type { Register, Site, Surface } from '../analysis/types';
import type { Failure } from './kit/chain';

export type { Failure } from './kit/chain';

export type EditorKind = 'contenteditable' | 'lexical' | 'textarea';

export interface Composer {
  /** The editable element: a contenteditable root (LinkedIn, Lexical) or a <textarea>. */
  editor: HTMLElement;
  kind: EditorKind;
  surface: Surface;
  /** The element that scopes lookups for this composer: form, bubble, dialog or thread. */
  scope: Element;
}

export interface Person {
  /** Stable key: profile slug/id where the page shows one, else the normalised name. */
  key: string;
  name: string;
}

export interface ComposerContext {
  recipient?: Person;
  /**
   * true = nothing exchanged yet in this thread (after it finished loading); false = there is
   * history; undefined = unknown (still loading, or the adapter cannot tell).
   */
  firstMessage?: boolean;
  occasion?: 'birthday';
  /** Text the site pre-filled (catch-up dialog, `body=` link, quick reply). */
  prefill?: string;
  /** How the user addressed this person in earlier own messages on the page. */
  register?: Register;
  /** What the open thread shows of the exchange: directions and dates, never text. */
  history?: ThreadHistory;
}

/**
 * The exchange a thread shows (the page may show only its latest part: counts are lower bounds).
 * Dates are the start of the local day the page puts above a message, when it shows one.
 */
export interface ThreadHistory {
  /** Messages from the other person / from the user that the page shows. */
  incoming: number;
  outgoing: number;
  /** Who wrote the last message shown. */
  lastBy?: 'me' | 'them';
  /** The user's messages after the last one from the other person. */
  unansweredInRow: number;
  /** Turns of direction: a rough count of exchanges. */
  exchanges: number;
  lastInAt?: number;
  lastOutAt?: number;
}

export interface QuickReply {
  el: HTMLElement;
  /** The canned text the chip inserts or sends. */
  text: string;
}

export interface SendControls {
  /** Controls that send this composer's text when clicked (button or div[role=button]). */
  buttons: HTMLElement[];
  /** Quick-reply chips that put canned text in or send it in one click. */
  chips: QuickReply[];
  /** A form whose submit sends (LinkedIn msg-form). */
  form?: HTMLFormElement;
  /** Plain Enter (without Shift) sends. */
  enterSends: boolean;
  /** Ctrl/Cmd+Enter sends. */
  modEnterSends: boolean;
}

export interface GroupCandidate extends Person {
  /** The row element (for the checklist's own display only; never modified). */
  row?: Element;
  /** What the dialog itself shows about this person. */
  state?: 'member' | 'invited' | 'left';
}

export interface GroupDialog {
  /** The dialog element. */
  root: Element;
  kind: 'group-invite' | 'chat-add' | 'page-invite';
  /** The group or chat: id from the URL where possible, else its name. */
  groupKey: string;
  groupName: string;
  /** People currently selected (checked) in the dialog. */
  selected(): GroupCandidate[];
  /** People the dialog marks as members / invited / left. */
  marked(): GroupCandidate[];
  /** The control that performs the add/invite ("Send invitations", "Invite 2", "Add people"). */
  confirmControl(): HTMLElement | null;
  /**
   * Take one person out of the selection the way the user would (click their checked box);
   * false when the dialog cannot. The caller verifies through selected().
   */
  deselect?(key: string): boolean;
}

/** What an adapter can tell the health check and the diagnostic. */
export interface AdapterHealth {
  /** Alternatives that matched since the page loaded: "linkedin.messageEditor#0". */
  matched: string[];
  /** Why lookups failed, counted: an exception, no send control for a composer with text … */
  failures: Failure[];
  /** Problems that hold right now, as codes: "no-send-control". */
  warnings: string[];
}

export interface SiteAdapter {
  readonly site: Site;
  /** True when the guard should run in a frame at this URL. */
  matchesUrl(url: URL): boolean;
  /** Open shadow roots that hold composers or dialogs (observe them too). */
  shadowRoots(doc: Document): ShadowRoot[];
  /** Composers currently in the root. */
  findComposers(root: Document | ShadowRoot): Composer[];
  /** What the page says about the conversation this composer belongs to. */
  readContext(composer: Composer): ComposerContext;
  /** The user's text in the composer (placeholder excluded). */
  readText(composer: Composer): string;
  /** The ways this composer's text is sent. */
  sendControls(composer: Composer): SendControls;
  /** Open add/invite-to-group dialogs in the root. */
  findGroupDialogs(root: Document | ShadowRoot): GroupDialog[];
  /**
   * A trusted click somewhere in the page, before the site handles it (the runtime calls this
   * from its capture listener). Adapters remember what a click says about what opens next: a
   * catch-up "Message" link, an "Invite" control. Never blocks, never throws.
   */
  noteClick(target: Element): void;
  /**
   * The runtime's first look at a page it had not watched (it sleeps until the page's first use,
   * lib/content/start.ts): what `look` finds was there before anyone used the page — a thread's
   * list seen empty then counts as quiet since the document started (kit/settle.ts).
   */
  firstLook?(look: () => void): void;
  /** What matched, what failed and why, what is wrong right now. */
  health(): AdapterHealth;
  /** Be told when health() changed (a new alternative, a new failure, a new warning). */
  subscribe(listener: () => void): () => void;
}
