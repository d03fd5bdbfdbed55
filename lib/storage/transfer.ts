/**
 * Export and import of the user's settings, personal rules and trusted contacts.
 * Pure: no browser API, no storage. The options page reads the file, calls `parseImport`
 * and only writes when it returns ok — import is all-or-nothing.
 *
 * File versions:
 * - v3 (current, issue 12): v2 plus `relations`, the relationship memory (Relation records: days
 *   and counts per person, the user's notes and choices — never message text), and the settings'
 *   `relationship` switch and quiet period.
 * - v2: `{ format: 'taktvoll-export', version: 2, exportedAt, settings, trustedContacts }`
 *   where `settings` is the full settings object (without the transient `pausedUntil`), personal
 *   rules included, and `trustedContacts` are TrustedContact records.
 * - v1 (Taktvoll 0.0.x, before personal rules had ids and severities and before trusted contacts
 *   had stable keys): `{ format: 'taktvoll-export', version: 1, settings, phrases, trusted }`
 *   where `phrases` is `[{ text, kind, note? }]` and `trusted` is `[{ site, name }]`.
 *   Migrated by `migrateV1`.
 *
 * Hostile files are rejected before any schema work: size first (before JSON.parse), then
 * nesting depth and node count (iteratively, so a deeply nested file cannot blow the stack).
 */
import { z } from 'zod';
import type { MessageRef } from '../i18n/keys';
import { relationSchema, siteSchema, trustedContactSchema, type Relation, type TrustedContact } from '../messaging/schemas';
import { nameKey } from '../people';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../settings';

export const EXPORT_FORMAT = 'taktvoll-export';
export const EXPORT_VERSION = 3;
/** Largest file accepted: a full export (200 rules, 1000 contacts) is well under 400 KB. */
export const MAX_IMPORT_BYTES = 1_000_000;
/** Deepest nesting a valid export has is 5 (root → settings → personalRules → rule → note). */
export const MAX_IMPORT_DEPTH = 8;
export const MAX_IMPORT_NODES = 50_000;
const MAX_TRUSTED = 1000;
/** Relations in one file: within the file's size and node limits (each is about 15 values). */
export const MAX_RELATIONS_IMPORT = 3000;

/** Settings as exported: everything except the transient pause state. */
export type ExportedSettings = Omit<Settings, 'pausedUntil'>;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  settings: ExportedSettings;
  trustedContacts: TrustedContact[];
  relations: Relation[];
}

export interface ImportData {
  /** Settings to store; `pausedUntil` is not part of a file and is kept from the current settings. */
  settings: ExportedSettings;
  trustedContacts: TrustedContact[];
  /** The relationship memory to store; absent in files older than v3 (the stored one is then kept). */
  relations?: Relation[];
  /** The version the file had (1 = migrated). */
  fromVersion: number;
}

export type ImportResult = { ok: true; data: ImportData } | { ok: false; errors: MessageRef[] };

/** A check a personal rule must pass (the analyzer's validatePersonalRule), injected to keep this module pure. */
export type RuleCheck = (phrase: string) => { ok: true } | { ok: false; reason: string };

export function buildExport(settings: Settings, trustedContacts: TrustedContact[], now: number, relations: Relation[] = []): ExportFile {
  const { pausedUntil: _paused, ...rest } = settings;
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    settings: rest,
    trustedContacts,
    relations,
  };
}

export function exportFileName(now: number): string {
  return `taktvoll-export-${new Date(now).toISOString().slice(0, 10)}.json`;
}

// ---------------------------------------------------------------------------------------------
// Schemas

const exportedSettingsSchema = settingsSchema.omit({ pausedUntil: true });
/** Latest time a JavaScript Date can hold: anything outside is not a real "added at". */
const MAX_TIME = 8.64e15;
const importedContactSchema = trustedContactSchema.extend({ addedAt: z.number().int().min(0).max(MAX_TIME) });

const v3Schema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(3),
  exportedAt: z.string().max(40),
  settings: exportedSettingsSchema,
  trustedContacts: z.array(importedContactSchema).max(MAX_TRUSTED),
  relations: z.array(relationSchema.strict()).max(MAX_RELATIONS_IMPORT),
});
/** v2 had no relationship memory: its settings lack the switch, which v2 → v3 adds with its default. */
const v2Schema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(2),
  exportedAt: z.string().max(40),
  settings: exportedSettingsSchema.omit({ relationship: true }),
  trustedContacts: z.array(importedContactSchema).max(MAX_TRUSTED),
});

const v1Schema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(1),
  settings: exportedSettingsSchema.omit({ personalRules: true, relationship: true }),
  phrases: z
    .array(
      z.strictObject({
        text: z.string().min(1).max(120),
        kind: z.enum(['flag', 'allow']),
        note: z.string().max(200).optional(),
      }),
    )
    .max(200),
  trusted: z.array(z.strictObject({ site: siteSchema, name: z.string().min(1).max(200) })).max(MAX_TRUSTED),
});
export type ExportFileV1 = z.infer<typeof v1Schema>;

/** v1 → v2: rules get ids and the default severity, trusted contacts get name keys. */
export function migrateV1(file: ExportFileV1, now: number): ExportFile {
  const seen = new Set<string>();
  const trustedContacts: TrustedContact[] = [];
  for (const c of file.trusted) {
    const key = nameKey(c.name);
    if (seen.has(`${c.site}:${key}`)) continue;
    seen.add(`${c.site}:${key}`);
    trustedContacts.push({ site: c.site, key, name: c.name, addedAt: now, source: 'import' });
  }
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    relations: [],
    settings: {
      ...file.settings,
      relationship: DEFAULT_SETTINGS.relationship,
      personalRules: file.phrases.map((p, i) => ({
        id: `v1-${i + 1}`,
        kind: p.kind,
        phrase: p.text,
        severity: 'info' as const,
        ...(p.note ? { note: p.note } : {}),
      })),
    },
    trustedContacts,
  };
}

// ---------------------------------------------------------------------------------------------
// Structure checks

function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : `${out ? '.' : ''}${String(p)}`;
  return out || '(file)';
}

/** Depth and size of a parsed JSON value, iteratively. Returns the path of the first violation. */
function checkShape(value: unknown): MessageRef | null {
  const stack: { v: unknown; depth: number; path: PropertyKey[] }[] = [{ v: value, depth: 0, path: [] }];
  let nodes = 0;
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { v, depth, path } = item;
    if (++nodes > MAX_IMPORT_NODES) return { key: 'options_import_error_too_many_values', params: [String(MAX_IMPORT_NODES)] };
    if (v === null || typeof v !== 'object') continue;
    if (depth >= MAX_IMPORT_DEPTH) return { key: 'options_import_error_too_deep', params: [pathText(path), String(MAX_IMPORT_DEPTH)] };
    const entries: [PropertyKey, unknown][] = Array.isArray(v) ? v.map((x, i) => [i, x]) : Object.entries(v);
    // Only the first few levels of a path are worth naming.
    for (const [k, child] of entries) stack.push({ v: child, depth: depth + 1, path: path.length < 6 ? [...path, k] : path });
  }
  return null;
}

/** Every key of the defaults (objects only, not arrays or records) must be present: a partial file is refused. */
function missingKeys(raw: unknown, template: unknown, path: PropertyKey[], out: string[]): void {
  if (!template || typeof template !== 'object' || Array.isArray(template)) return;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return; // the schema reports the wrong type
  for (const key of Object.keys(template)) {
    if (!(key in raw)) out.push(pathText([...path, key]));
    else missingKeys((raw as Record<string, unknown>)[key], (template as Record<string, unknown>)[key], [...path, key], out);
  }
}

const MAX_REPORTED = 4;

function describeIssue(issue: z.core.$ZodIssue): MessageRef {
  const where = pathText(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return { key: 'options_import_error_type', params: [where, issue.expected] };
    case 'too_big':
      return { key: 'options_import_error_too_big', params: [where, String(issue.maximum)] };
    case 'too_small':
      return { key: 'options_import_error_too_small', params: [where, String(issue.minimum)] };
    case 'unrecognized_keys':
      return { key: 'options_import_error_unknown_key', params: [where, issue.keys.slice(0, 3).join(', ')] };
    default:
      return { key: 'options_import_error_invalid', params: [where] };
  }
}

function zodErrors(error: z.ZodError): MessageRef[] {
  return error.issues.slice(0, MAX_REPORTED).map(describeIssue);
}

/**
 * Parse an import file's text. `byteLength` is the file's size as the browser reports it
 * (checked before reading); the text length is checked again before JSON.parse.
 */
export function parseImport(text: string, opts: { now: number; byteLength?: number; checkRule?: RuleCheck }): ImportResult {
  const size = Math.max(opts.byteLength ?? 0, text.length);
  if (size > MAX_IMPORT_BYTES) {
    return fail({ key: 'options_import_error_too_large', params: [String(Math.ceil(size / 1000)), String(MAX_IMPORT_BYTES / 1000)] });
  }
  if (!text.trim()) return fail({ key: 'options_import_error_empty' });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail({ key: 'options_import_error_not_json' });
  }
  const shape = checkShape(raw);
  if (shape) return fail(shape);
  if (!raw || typeof raw !== 'object' || Array.isArray(raw) || (raw as Record<string, unknown>).format !== EXPORT_FORMAT) {
    return fail({ key: 'options_import_error_not_export' });
  }
  const version = (raw as Record<string, unknown>).version;
  if (version !== 1 && version !== 2 && version !== 3) {
    const shown = typeof version === 'number' || typeof version === 'string' ? String(version).slice(0, 20) : '—';
    return fail({ key: 'options_import_error_version', params: [shown, String(EXPORT_VERSION)] });
  }

  let file: ExportFile;
  if (version === 1) {
    const missing: string[] = [];
    missingKeys(raw, { settings: omitKeys(DEFAULT_SETTINGS, ['pausedUntil', 'personalRules', 'relationship']), phrases: [], trusted: [] }, [], missing);
    if (missing.length) return fail(...missing.slice(0, MAX_REPORTED).map((m) => ({ key: 'options_import_error_missing' as const, params: [m] })));
    const parsed = v1Schema.safeParse(raw);
    if (!parsed.success) return fail(...zodErrors(parsed.error));
    file = migrateV1(parsed.data, opts.now);
  } else if (version === 2) {
    const missing: string[] = [];
    missingKeys(raw, { exportedAt: '', settings: omitKeys(DEFAULT_SETTINGS, ['pausedUntil', 'relationship']), trustedContacts: [] }, [], missing);
    if (missing.length) return fail(...missing.slice(0, MAX_REPORTED).map((m) => ({ key: 'options_import_error_missing' as const, params: [m] })));
    const parsed = v2Schema.safeParse(raw);
    if (!parsed.success) return fail(...zodErrors(parsed.error));
    file = { ...parsed.data, version: EXPORT_VERSION, settings: { ...parsed.data.settings, relationship: DEFAULT_SETTINGS.relationship }, relations: [] };
  } else {
    const missing: string[] = [];
    missingKeys(raw, { exportedAt: '', settings: omitKeys(DEFAULT_SETTINGS, ['pausedUntil']), trustedContacts: [], relations: [] }, [], missing);
    if (missing.length) return fail(...missing.slice(0, MAX_REPORTED).map((m) => ({ key: 'options_import_error_missing' as const, params: [m] })));
    const parsed = v3Schema.safeParse(raw);
    if (!parsed.success) return fail(...zodErrors(parsed.error));
    file = parsed.data;
  }

  // Rules must pass the same validation the rule editor applies.
  const checkRule = opts.checkRule;
  if (checkRule) {
    const bad: MessageRef[] = [];
    file.settings.personalRules.forEach((rule, i) => {
      const res = checkRule(rule.phrase);
      if (!res.ok) bad.push({ key: 'options_import_error_rule', params: [pathText(['settings', 'personalRules', i, 'phrase']), rule.phrase.slice(0, 60)] });
    });
    if (bad.length) return fail(...bad.slice(0, MAX_REPORTED));
  }
  const ids = new Set<string>();
  for (const [i, rule] of file.settings.personalRules.entries()) {
    if (ids.has(rule.id)) return fail({ key: 'options_import_error_duplicate', params: [pathText(['settings', 'personalRules', i, 'id'])] });
    ids.add(rule.id);
  }

  // Files before v3 know nothing of the relationship memory: the stored one is kept.
  return { ok: true, data: { settings: file.settings, trustedContacts: file.trustedContacts, ...(version === 3 ? { relations: file.relations } : {}), fromVersion: version } };
}

function fail(...errors: MessageRef[]): ImportResult {
  return { ok: false, errors };
}

function omitKeys<T extends object>(obj: T, keys: string[]): Partial<T> {
  return Object.fromEntries(Object.entries(obj).filter(([k]) => !keys.includes(k))) as Partial<T>;
}

/** Combine imported settings with the current transient state. */
export function settingsFromImport(data: ImportData, current: Settings): Settings {
  return { ...data.settings, pausedUntil: current.pausedUntil };
}

/** Where an import is written: the settings item and the background's trusted contacts. */
export interface ImportTarget {
  loadSettings(): Promise<Settings>;
  saveSettings(next: Settings): Promise<Settings>;
  listTrusted(): Promise<TrustedContact[]>;
  setTrusted(contacts: TrustedContact[]): Promise<void>;
  listRelations(): Promise<Relation[]>;
  setRelations(relations: Relation[]): Promise<void>;
}

/**
 * Write a parsed import, all or nothing: if any write fails, what was written is put back and
 * the error is rethrown. Returns the stored settings.
 */
export async function applyImport(data: ImportData, target: ImportTarget): Promise<Settings> {
  const [oldSettings, oldTrusted, oldRelations] = await Promise.all([target.loadSettings(), target.listTrusted(), data.relations ? target.listRelations() : Promise.resolve(null)]);
  let trustedWritten = false;
  let relationsWritten = false;
  try {
    await target.setTrusted(data.trustedContacts);
    trustedWritten = true;
    if (data.relations) {
      await target.setRelations(data.relations);
      relationsWritten = true;
    }
    return await target.saveSettings(settingsFromImport(data, oldSettings));
  } catch (err) {
    if (trustedWritten) await target.setTrusted(oldTrusted).catch(() => undefined);
    if (relationsWritten && oldRelations) await target.setRelations(oldRelations).catch(() => undefined);
    await target.saveSettings(oldSettings).catch(() => undefined);
    throw err;
  }
}
