/**
 * "No occasion needed" in the background (issue 12): this week's suggestions, chosen once per week
 * when the popup first asks (lib/relations/choose.ts) and kept in storage.local for that week;
 * "Done", "Later" and "Not this person" take a person off the list (the last two in the memory too).
 * Nothing runs on its own: no alarm, no notification, no badge.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { editRelation, listRelations } from '../db/relations';
import type { Relation, Suggestion, SuggestionAnswer } from '../messaging/schemas';
import { LATER_DAYS, chooseSuggestions, weekOf, whyNot } from '../relations/choose';
import { SUGGESTIONS_KEY } from '../storage/keys';
import { loadSettings } from '../storage/settings-item';
import { DAY_MS as DAY } from '../time';

/** `answered`: the user took someone off this week's list (an emptied list is not refilled). */
const weekSchema = z.object({ week: z.string().max(10), keys: z.array(z.string().max(320)).max(10), answered: z.boolean().default(false) });
type Week = z.infer<typeof weekSchema>;

async function storedWeek(): Promise<Week | null> {
  const parsed = weekSchema.safeParse((await browser.storage.local.get(SUGGESTIONS_KEY))[SUGGESTIONS_KEY]);
  return parsed.success ? parsed.data : null;
}

/** Where the suggestion links: the conversation the user opened, else (LinkedIn) the profile, whose "Message" opens it. */
function linkOf(r: Relation): string | undefined {
  if (r.link) return r.link;
  if (r.site === 'linkedin' && r.personKey.startsWith('in:')) return `https://www.linkedin.com/in/${encodeURIComponent(decodeSafe(r.personKey.slice(3)))}/`;
  return undefined;
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

const view = (r: Relation): Suggestion => {
  const link = linkOf(r);
  return {
    key: r.key,
    site: r.site,
    name: r.name,
    ...(r.lastOutAt !== undefined ? { lastOutAt: r.lastOutAt } : {}),
    ...(r.lastInAt !== undefined ? { lastInAt: r.lastInAt } : {}),
    ...(r.note ? { note: r.note } : {}),
    ...(link ? { link } : {}),
  };
};

/** This week's suggestions (chosen now if this week has none yet); [] with the memory switched off. */
export async function getSuggestions(now: number = Date.now()): Promise<Suggestion[]> {
  const { relationship } = await loadSettings();
  if (!relationship.enabled) return [];
  const rows = await listRelations();
  let week = await storedWeek();
  // A new week, or a week that found nobody yet (nothing was remembered when the popup first opened).
  if (week?.week !== weekOf(now) || (week.keys.length === 0 && !week.answered)) {
    week = { week: weekOf(now), keys: chooseSuggestions(rows, now, relationship.quietDays).map((r) => r.key), answered: false };
    await browser.storage.local.set({ [SUGGESTIONS_KEY]: week });
  }
  const byKey = new Map(rows.map((r) => [r.key, r]));
  // Someone written to, snoozed, declined or forgotten since the list was chosen drops off it.
  return week.keys.flatMap((k) => {
    const r = byKey.get(k);
    return r && whyNot(r, now, relationship.quietDays) === undefined ? [view(r)] : [];
  });
}

/** One click on a suggestion; returns the list as it is now. */
export async function answerSuggestion(answer: SuggestionAnswer, now: number = Date.now()): Promise<Suggestion[]> {
  if (answer.answer === 'later') await editRelation(answer.key, { snoozedUntil: now + LATER_DAYS * DAY });
  if (answer.answer === 'never') await editRelation(answer.key, { never: true });
  const week = await storedWeek();
  if (week) await browser.storage.local.set({ [SUGGESTIONS_KEY]: { ...week, keys: week.keys.filter((k) => k !== answer.key), answered: true } });
  return getSuggestions(now);
}

/** Wipe: this week's list goes with the memory. */
export async function forgetSuggestions(): Promise<void> {
  await browser.storage.local.remove(SUGGESTIONS_KEY);
}
