/**
 * From what the page says about a conversation to what the analyzer and the background get.
 * Names and keys are cut at the edge to what the background accepts (as the consent ledger does):
 * a group chat titled with 300 characters is still a person the background can remember.
 */
import { detectRegister, fingerprint } from '../../analysis/core';
import type { DraftContext, Finding, Site, Surface } from '../../analysis/types';
import type { ComposerInfo, PersonRef, SendEvent, ThreadSeen } from '../../messaging/schemas';
import type { JudgeRequest } from '../../messaging/types';
import type { Settings } from '../../settings';
import type { ComposerContext, Person, ThreadHistory } from '../../sites/types';
import { DAY_MS as DAY } from '../../time';

export const MAX_NAME = 200;
export const MAX_KEY = 300;

/** At most `max` UTF-16 units, never splitting a surrogate pair. */
export function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  const code = s.charCodeAt(max - 1);
  return s.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

export function personRef(site: Site, recipient: Person | undefined): PersonRef | null {
  if (!recipient) return null;
  const key = clip(recipient.key, MAX_KEY);
  if (!key) return null;
  return { site, key, name: clip(recipient.name, MAX_NAME) };
}

export function draftContext(site: Site, surface: Surface, ctx: ComposerContext, info: ComposerInfo | null, settings: Settings, now: number): DraftContext {
  const person = personRef(site, ctx.recipient);
  return {
    site,
    surface,
    firstMessage: ctx.firstMessage === true ? info?.contacted !== true : ctx.firstMessage,
    occasion: ctx.occasion,
    recipient: person ? { name: person.name, key: `${site}:${person.key}`, register: ctx.register ?? info?.register } : undefined,
    prefill: ctx.prefill,
    ...(settings.relationship.enabled && person ? relationship(ctx.history, info, now) : {}),
    personalRules: settings.personalRules,
    now,
  };
}

/**
 * The relationship in the judgement (issue 12), from the thread the page shows and the memory:
 * the last exchange is the later of the two; the unanswered run and the direction are the page's
 * when it shows messages (it is the thread as it is now), else the memory's. Unknown stays unknown.
 */
export function relationship(history: ThreadHistory | undefined, info: ComposerInfo | null, now: number): Pick<DraftContext, 'lastExchangeDaysAgo' | 'unansweredInRow' | 'twoWay'> {
  const memory = info?.relation;
  const shown = history !== undefined && history.incoming + history.outgoing > 0 ? history : undefined;
  const days = [shown?.lastInAt, shown?.lastOutAt, memory?.lastExchangeAt].filter((d): d is number => typeof d === 'number' && Number.isFinite(d));
  const out: Pick<DraftContext, 'lastExchangeDaysAgo' | 'unansweredInRow' | 'twoWay'> = {};
  if (days.length) out.lastExchangeDaysAgo = Math.max(0, Math.floor((now - Math.max(...days)) / DAY));
  if (shown) out.unansweredInRow = shown.unansweredInRow;
  else if (memory) out.unansweredInRow = memory.unansweredInRow;
  const twoWay = (shown !== undefined && shown.incoming > 0 && shown.outgoing > 0) || memory?.twoWay === true;
  if (twoWay) out.twoWay = true;
  else if (shown || memory) out.twoWay = false;
  return out;
}

/** What a thread tells the relationship memory (directions and days only); null when there is nobody or nothing to tell. */
export function threadSeen(site: Site, ctx: ComposerContext): ThreadSeen | null {
  const person = personRef(site, ctx.recipient);
  if (!person || (!ctx.history && ctx.occasion !== 'birthday')) return null;
  return { person, ...(ctx.history ? { history: ctx.history } : {}), ...(ctx.occasion === 'birthday' ? { birthday: true } : {}) };
}

/** Two requests with the same key get the same verdict (`now` is not part of it). */
export function judgeKey(req: JudgeRequest): string {
  const { now: _now, ...rest } = req.context;
  return `${req.text}\u0001${JSON.stringify(rest)}`;
}

/** What the send memory's answer depends on: the text and the person (background/memory.ts reuseFor). */
export function reuseKey(req: JudgeRequest): string {
  const r = req.context.recipient;
  return `${req.text}\u0001${r?.key ?? ''}\u0001${r?.name ?? ''}`;
}

/** What the background records for a send: a fingerprint (never the text), the register, the outcome. */
export function sendEvent(site: Site, text: string, ctx: ComposerContext, outcome: SendEvent['outcome'], findings: readonly Finding[]): SendEvent {
  const rules = [...new Set(findings.map((f) => f.rule))];
  const person = personRef(site, ctx.recipient);
  // Nobody to remember: only the day's numbers change.
  if (!person) return { fingerprint: { minhash: [], size: 0 }, outcome, rules };
  // The recipient's name is left out, so "same text, names swapped" still matches.
  return { person, fingerprint: fingerprint(text, { names: [person.name] }), register: detectRegister(text), outcome, rules };
}
