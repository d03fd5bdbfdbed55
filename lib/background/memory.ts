/**
 * The background's send memory: the fingerprints in Dexie (the truth) and their index in memory,
 * filled lazily after the service worker wakes and dropped whenever remembered data is deleted.
 */
import { fingerprint, normaliseKey } from '../analysis';
import type { DraftContext, ReuseMatch } from '../analysis/types';
import * as repo from '../db/repo';
import { SEND_MEMORY_DAYS, SendMemoryIndex } from '../memory';
import type { SentRecordDto } from '../messaging/types';

let index: SendMemoryIndex | null = null;
let loading: Promise<SendMemoryIndex> | null = null;
/** Sends recorded while the index loads (the load may or may not have read them: duplicates are harmless). */
let pending: SentRecordDto[] = [];
let generation = 0;

function fill(records: readonly SentRecordDto[]): SendMemoryIndex {
  const next = new SendMemoryIndex({ windowDays: SEND_MEMORY_DAYS });
  for (const r of records) next.add(r);
  return next;
}

/** The index over the last SEND_MEMORY_DAYS days, loaded on first use. */
export function sendMemory(now: number = Date.now()): Promise<SendMemoryIndex> {
  if (index) return Promise.resolve(index);
  if (loading) return loading;
  const started = generation;
  pending = [];
  const load = repo.getSendMemory(SEND_MEMORY_DAYS, now).then((rows) => {
    const built = fill(rows);
    for (const r of pending) built.add(r);
    pending = [];
    if (generation === started) {
      index = built;
      loading = null;
    }
    return built;
  });
  loading = load;
  load.catch(() => {
    if (loading === load) loading = null;
  });
  return load;
}

/** A send was stored: the index learns it at once. */
export function rememberSend(record: SentRecordDto): void {
  if (index) index.add(record);
  else if (loading) pending.push(record);
}

/** Something was deleted: rebuild from the database on the next lookup. */
export function forgetIndex(): void {
  generation++;
  index = null;
  loading = null;
  pending = [];
}

/** "Have I sent nearly this to someone else?" for a draft: fingerprinted exactly as a send is recorded. */
export async function reuseFor(text: string, context: DraftContext, now: number = Date.now()): Promise<ReuseMatch | null> {
  const name = context.recipient?.name;
  const fp = fingerprint(text, { names: name ? [name] : [] });
  const key = context.recipient?.key ?? (name ? normaliseKey(name) : undefined);
  return (await sendMemory(now)).findSimilar(fp, { excludeRecipientKey: key, now });
}
