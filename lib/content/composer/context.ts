/**
 * From what the page says about a conversation to what the analyzer and the background get.
 * Names and keys are cut at the edge to what the background accepts (as the consent ledger does):
 * a group chat titled with 300 characters is still a person the background can remember.
 */
import { detectRegister, fingerprint } from '../../analysis/core';
import type { DraftContext, Finding, Site, Surface } from '../../analysis/types';
import type { ComposerInfo, PersonRef, SendEvent } from '../../messaging/schemas';
import type { JudgeRequest } from '../../messaging/types';
import type { Settings } from '../../storage/settings';
import type { ComposerContext, Person } from '../../sites/types';

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
    personalRules: settings.personalRules,
    now,
  };
}

/** Two requests with the same key get the same verdict (`now` is not part of it). */
export function judgeKey(req: JudgeRequest): string {
  const { now: _now, ...rest } = req.context;
  return `${req.text}\u0001${JSON.stringify(rest)}`;
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
