/** Export/import: round trip, migration from v1, and hostile files that must change nothing. */
import { describe, expect, it } from 'vitest';
import { loadSettings, saveSettings } from '../../../lib/storage/settings-item';
import type { Relation, TrustedContact } from '../../../lib/messaging/schemas';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';
import { EXPORT_VERSION, MAX_IMPORT_BYTES, applyImport, buildExport, exportFileName, migrateV1, parseImport, settingsFromImport, type ImportResult } from '../../../lib/storage/transfer';

const NOW = Date.UTC(2026, 10, 22, 10, 0, 0);

const settings: Settings = {
  ...DEFAULT_SETTINGS,
  sites: { linkedin: true, xing: false, facebook: true },
  sensitivity: 0.9,
  dailyBudget: 3,
  retentionDays: 60,
  personalRules: [
    { id: 'r1', kind: 'flag', phrase: 'synerg*', severity: 'warn', note: 'Say what you mean' },
    { id: 'r2', kind: 'allow', phrase: 'happy birthday', severity: 'info' },
  ],
  pausedUntil: { linkedin: NOW + 1000 },
};
const trusted: TrustedContact[] = [{ site: 'xing', key: 'name:anna beispiel', name: 'Anna Beispiel', addedAt: NOW - 5000, source: 'pause-card' }];

const text = (v: unknown) => JSON.stringify(v);
const goodFile = () => JSON.parse(text(buildExport(settings, trusted, NOW))) as Record<string, unknown> & { settings: Record<string, unknown> };

function errorsOf(res: ImportResult): { key: string; params?: string[] }[] {
  expect(res.ok).toBe(false);
  return res.ok ? [] : res.errors;
}

describe('export', () => {
  it('writes a versioned file with settings, rules and trusted contacts, without the pause state', () => {
    const file = buildExport(settings, trusted, NOW);
    expect(file).toMatchObject({ format: 'taktvoll-export', version: EXPORT_VERSION, exportedAt: '2026-11-22T10:00:00.000Z', trustedContacts: trusted });
    expect(file.settings.personalRules).toHaveLength(2);
    expect('pausedUntil' in file.settings).toBe(false);
    expect(exportFileName(NOW)).toBe('taktvoll-export-2026-11-22.json');
  });

  it('round-trips through import unchanged', () => {
    const res = parseImport(text(buildExport(settings, trusted, NOW)), { now: NOW });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.data.fromVersion).toBe(3);
    expect(res.data.trustedContacts).toEqual(trusted);
    expect(res.data.relations).toEqual([]);
    // The current pause state survives an import; everything else comes from the file.
    const current = { ...DEFAULT_SETTINGS, pausedUntil: { xing: 5 } };
    expect(settingsFromImport(res.data, current)).toEqual({ ...settings, pausedUntil: { xing: 5 } });
  });

  it('round-trips the defaults', () => {
    const res = parseImport(text(buildExport(DEFAULT_SETTINGS, [], NOW)), { now: NOW });
    expect(res.ok && settingsFromImport(res.data, DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('migration from version 1', () => {
  const { personalRules: _r, pausedUntil: _p, ...v1Settings } = settings;
  const v1 = {
    format: 'taktvoll-export',
    version: 1,
    settings: v1Settings,
    phrases: [
      { text: 'quick call', kind: 'flag', note: 'Ask first' },
      { text: 'Alles Gute', kind: 'allow' },
    ],
    trusted: [
      { site: 'linkedin', name: 'Jürgen  Müller' },
      { site: 'linkedin', name: 'jürgen müller' },
      { site: 'facebook', name: 'Ben' },
    ],
  };

  it('gives rules ids and the default severity, and trusted contacts name keys', () => {
    const res = parseImport(text(v1), { now: NOW });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.data.fromVersion).toBe(1);
    expect(res.data.settings.personalRules).toEqual([
      { id: 'v1-1', kind: 'flag', phrase: 'quick call', severity: 'info', note: 'Ask first' },
      { id: 'v1-2', kind: 'allow', phrase: 'Alles Gute', severity: 'info' },
    ]);
    // Duplicates (same person, differently spelled) collapse to one contact.
    expect(res.data.trustedContacts).toEqual([
      { site: 'linkedin', key: 'name:jurgen muller', name: 'Jürgen  Müller', addedAt: NOW, source: 'import' },
      { site: 'facebook', key: 'name:ben', name: 'Ben', addedAt: NOW, source: 'import' },
    ]);
    expect(res.data.settings.sensitivity).toBe(0.9);
  });

  it('produces a file the current version accepts', () => {
    const migrated = migrateV1(v1 as Parameters<typeof migrateV1>[0], NOW);
    expect(parseImport(text(migrated), { now: NOW }).ok).toBe(true);
  });

  it('refuses a v1 file that is missing its phrases', () => {
    const { phrases: _x, ...partial } = v1;
    expect(errorsOf(parseImport(text(partial), { now: NOW }))).toEqual([{ key: 'options_import_error_missing', params: ['phrases'] }]);
  });
});

describe('hostile and broken files are refused with a message naming what is wrong', () => {
  it('a huge file, before reading it', () => {
    expect(errorsOf(parseImport('', { now: NOW, byteLength: 50_000_000 }))).toEqual([{ key: 'options_import_error_too_large', params: ['50000', String(MAX_IMPORT_BYTES / 1000)] }]);
  });

  it('a huge text, before parsing it', () => {
    const big = `{"format":"taktvoll-export","version":2,"pad":"${'x'.repeat(MAX_IMPORT_BYTES)}"}`;
    expect(errorsOf(parseImport(big, { now: NOW }))[0]?.key).toBe('options_import_error_too_large');
  });

  it('an empty file and a file that is not JSON', () => {
    expect(errorsOf(parseImport('  \n', { now: NOW }))[0]?.key).toBe('options_import_error_empty');
    expect(errorsOf(parseImport('{"format": "taktvoll-export", ', { now: NOW }))[0]?.key).toBe('options_import_error_not_json');
    expect(errorsOf(parseImport('<html></html>', { now: NOW }))[0]?.key).toBe('options_import_error_not_json');
  });

  it('JSON that is not a Taktvoll export', () => {
    for (const other of ['[]', 'null', '42', '"taktvoll-export"', '{"version":2}', '{"format":"other"}']) {
      expect(errorsOf(parseImport(other, { now: NOW }))[0]?.key, other).toBe('options_import_error_not_export');
    }
  });

  it('an unknown version', () => {
    expect(errorsOf(parseImport(text({ ...goodFile(), version: 4 }), { now: NOW }))).toEqual([{ key: 'options_import_error_version', params: ['4', '3'] }]);
    expect(errorsOf(parseImport(text({ ...goodFile(), version: '2' }), { now: NOW }))[0]?.key).toBe('options_import_error_version');
    expect(errorsOf(parseImport(text({ ...goodFile(), version: { evil: true } }), { now: NOW }))).toEqual([{ key: 'options_import_error_version', params: ['—', '3'] }]);
  });

  it('deep nesting (without blowing the stack)', () => {
    const deep = `{"format":"taktvoll-export","version":2,"settings":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const errors = errorsOf(parseImport(deep, { now: NOW }));
    // Either the JSON parser or the depth check refuses it: never a crash.
    expect(['options_import_error_too_deep', 'options_import_error_not_json']).toContain(errors[0]?.key);
    const moderate = text({ ...goodFile(), settings: { ...goodFile().settings, personalRules: [[[[[[[['x']]]]]]]] } });
    expect(errorsOf(parseImport(moderate, { now: NOW }))).toEqual([{ key: 'options_import_error_too_deep', params: ['settings.personalRules[0][0][0][0]', '8'] }]);
  });

  it('too many values', () => {
    const many = text({ ...goodFile(), trustedContacts: Array.from({ length: 60_000 }, () => 0) });
    expect(many.length).toBeLessThan(MAX_IMPORT_BYTES);
    expect(errorsOf(parseImport(many, { now: NOW }))[0]?.key).toBe('options_import_error_too_many_values');
  });

  it('wrong types, naming the field', () => {
    const file = goodFile();
    file.settings.dailyBudget = 'ten';
    expect(errorsOf(parseImport(text(file), { now: NOW }))).toEqual([{ key: 'options_import_error_type', params: ['settings.dailyBudget', 'number'] }]);
    const file2 = goodFile();
    (file2.settings.sites as Record<string, unknown>).xing = 'yes';
    expect(errorsOf(parseImport(text(file2), { now: NOW }))).toEqual([{ key: 'options_import_error_type', params: ['settings.sites.xing', 'boolean'] }]);
    const file3 = { ...goodFile(), trustedContacts: 'everyone' };
    expect(errorsOf(parseImport(text(file3), { now: NOW }))).toEqual([{ key: 'options_import_error_type', params: ['trustedContacts', 'array'] }]);
  });

  it('values out of range', () => {
    const file = goodFile();
    file.settings.retentionDays = 1;
    expect(errorsOf(parseImport(text(file), { now: NOW }))).toEqual([{ key: 'options_import_error_too_small', params: ['settings.retentionDays', '7'] }]);
    const file2 = goodFile();
    (file2.settings.personalRules as { phrase: string }[])[0]!.phrase = 'x'.repeat(500);
    expect(errorsOf(parseImport(text(file2), { now: NOW }))).toEqual([{ key: 'options_import_error_too_big', params: ['settings.personalRules[0].phrase', '120'] }]);
    const file3 = goodFile();
    (file3.settings.personalRules as { kind: string }[])[0]!.kind = 'block';
    expect(errorsOf(parseImport(text(file3), { now: NOW }))).toEqual([{ key: 'options_import_error_invalid', params: ['settings.personalRules[0].kind'] }]);
  });

  it('a partial file (missing sections or settings)', () => {
    const { trustedContacts: _t, ...noContacts } = goodFile();
    expect(errorsOf(parseImport(text(noContacts), { now: NOW }))).toEqual([{ key: 'options_import_error_missing', params: ['trustedContacts'] }]);
    const file = goodFile();
    delete file.settings.sensitivity;
    delete (file.settings.rules as Record<string, unknown>)['template-reuse'];
    expect(errorsOf(parseImport(text(file), { now: NOW }))).toEqual([
      { key: 'options_import_error_missing', params: ['settings.rules.template-reuse'] },
      { key: 'options_import_error_missing', params: ['settings.sensitivity'] },
    ]);
    expect(errorsOf(parseImport(text({ format: 'taktvoll-export', version: 2 }), { now: NOW })).map((e) => e.params?.[0])).toEqual(['exportedAt', 'settings', 'trustedContacts']);
  });

  it('unknown top-level fields', () => {
    expect(errorsOf(parseImport(text({ ...goodFile(), __proto__x: 1, script: 'alert(1)' }), { now: NOW }))).toEqual([{ key: 'options_import_error_unknown_key', params: ['(file)', '__proto__x, script'] }]);
  });

  it('a __proto__ key does not pollute anything', () => {
    const evil = text(goodFile()).replace('{"format"', '{"__proto__":{"polluted":true},"format"');
    parseImport(evil, { now: NOW });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('times no date can hold', () => {
    const file = { ...goodFile(), trustedContacts: [{ ...trusted[0], addedAt: -1e300 }] };
    expect(errorsOf(parseImport(text(file), { now: NOW }))[0]).toEqual({ key: 'options_import_error_too_small', params: ['trustedContacts[0].addedAt', expect.any(String)] });
    const huge = text({ ...goodFile(), trustedContacts: [{ ...trusted[0], addedAt: 1 }] }).replace('"addedAt":1', '"addedAt":1e309');
    expect(errorsOf(parseImport(huge, { now: NOW }))[0]?.params?.[0]).toBe('trustedContacts[0].addedAt');
  });

  it('too many rules or contacts', () => {
    const file = goodFile();
    file.settings.personalRules = Array.from({ length: 201 }, (_, i) => ({ id: `r${i}`, kind: 'flag', phrase: `word${i}`, severity: 'info' }));
    expect(errorsOf(parseImport(text(file), { now: NOW }))).toEqual([{ key: 'options_import_error_too_big', params: ['settings.personalRules', '200'] }]);
  });

  it('duplicate rule ids', () => {
    const file = goodFile();
    (file.settings.personalRules as { id: string }[])[1]!.id = 'r1';
    expect(errorsOf(parseImport(text(file), { now: NOW }))).toEqual([{ key: 'options_import_error_duplicate', params: ['settings.personalRules[1].id'] }]);
  });

  it('rules the rule editor would refuse (too broad)', () => {
    const file = goodFile();
    (file.settings.personalRules as { phrase: string }[])[0]!.phrase = '*';
    const checkRule = (p: string) => (p.replace(/[*?\s]/g, '').length < 3 ? { ok: false as const, reason: 'too-broad' } : { ok: true as const });
    expect(errorsOf(parseImport(text(file), { now: NOW, checkRule }))).toEqual([{ key: 'options_import_error_rule', params: ['settings.personalRules[0].phrase', '*'] }]);
  });

  it('reports at most four problems', () => {
    const file = goodFile();
    Object.assign(file.settings, { sensitivity: 'a', dailyBudget: 'b', registerHints: 'c', groupGuard: 'd', retentionDays: 'e' });
    expect(errorsOf(parseImport(text(file), { now: NOW }))).toHaveLength(4);
  });
});

const noRelations = { listRelations: async () => [], setRelations: async () => undefined };

describe('the relationship memory in the file (v3)', () => {
  const relation: Relation = { key: 'linkedin:in:dora', site: 'linkedin', personKey: 'in:dora', name: 'Dora Dormann', lastInAt: NOW - 900 * 86_400_000, lastOutAt: NOW - 901 * 86_400_000, lastBy: 'them', unansweredInRow: 0, exchanges: 2, twoWay: true, note: 'Moved to Leipzig', never: true, link: 'https://www.linkedin.com/messaging/thread/2-abc/', lastAt: NOW };

  it('exports it and imports it back unchanged, with the switch and the quiet period', () => {
    const mine = { ...settings, relationship: { enabled: false, quietDays: 120 } };
    const res = parseImport(text(buildExport(mine, trusted, NOW, [relation])), { now: NOW });
    expect(res.ok && res.data.relations).toEqual([relation]);
    expect(res.ok && res.data.settings.relationship).toEqual({ enabled: false, quietDays: 120 });
  });

  it('refuses a relation with text it must not hold, or a link off the sites', () => {
    const file = JSON.parse(text(buildExport(settings, trusted, NOW, [relation]))) as Record<string, unknown>;
    const bad = (over: Record<string, unknown>) => parseImport(text({ ...file, relations: [{ ...relation, ...over }] }), { now: NOW });
    expect(errorsOf(bad({ link: 'javascript:alert(1)' }))[0]?.params?.[0]).toBe('relations[0].link');
    expect(errorsOf(bad({ link: 'https://evil.example/messaging/thread/1/' }))[0]?.params?.[0]).toBe('relations[0].link');
    expect(errorsOf(bad({ lastMessage: 'Hi Dora' }))[0]).toEqual({ key: 'options_import_error_unknown_key', params: ['relations[0]', 'lastMessage'] });
    expect(errorsOf(bad({ note: 'x'.repeat(501) }))[0]?.params?.[0]).toBe('relations[0].note');
  });

  it('a v2 file keeps the stored memory and gets the switch’s default', () => {
    const v2 = JSON.parse(text(buildExport(settings, trusted, NOW))) as Record<string, unknown> & { settings: Record<string, unknown> };
    delete v2.relations;
    delete v2.settings.relationship;
    v2.version = 2;
    const res = parseImport(text(v2), { now: NOW });
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.data.fromVersion).toBe(2);
    expect(res.data).not.toHaveProperty('relations');
    expect(res.data.settings.relationship).toEqual(DEFAULT_SETTINGS.relationship);
  });

  it('writes it, and puts the old memory back when the settings cannot be written', async () => {
    const res = parseImport(text(buildExport(settings, trusted, NOW, [relation])), { now: NOW });
    if (!res.ok) throw new Error('fixture must parse');
    let stored: Relation[] = [];
    let contacts: TrustedContact[] = [];
    const target = { loadSettings, listTrusted: async () => contacts, setTrusted: async (c: TrustedContact[]) => void (contacts = c), listRelations: async () => stored, setRelations: async (r: Relation[]) => void (stored = r) };
    await applyImport(res.data, { ...target, saveSettings });
    expect(stored).toEqual([relation]);
    stored = [];
    await saveSettings(DEFAULT_SETTINGS);
    let writes = 0;
    await expect(applyImport(res.data, { ...target, saveSettings: async (s) => (++writes === 1 ? Promise.reject(new Error('quota')) : saveSettings(s)) })).rejects.toThrow('quota');
    expect(stored).toEqual([]);
  });
});

describe('applying an import (all or nothing)', () => {
  const parsed = () => {
    const res = parseImport(text(buildExport(settings, trusted, NOW)), { now: NOW });
    if (!res.ok) throw new Error('fixture must parse');
    return res.data;
  };
  const before: TrustedContact[] = [{ site: 'facebook', key: 'name:old', name: 'Old', addedAt: 1, source: 'options' }];

  it('writes settings (keeping the pause state) and trusted contacts', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, pausedUntil: { xing: 7 } });
    let contacts = before;
    const stored = await applyImport(parsed(), { loadSettings, saveSettings, listTrusted: async () => contacts, setTrusted: async (c) => void (contacts = c), ...noRelations });
    expect(stored).toEqual({ ...settings, pausedUntil: { xing: 7 } });
    expect(await loadSettings()).toEqual(stored);
    expect(contacts).toEqual(trusted);
  });

  it('puts everything back when the settings cannot be written', async () => {
    await saveSettings(DEFAULT_SETTINGS);
    let contacts = before;
    const failing = async () => {
      throw new Error('quota');
    };
    let writes = 0; // the first write (the import) fails, the restore goes through
    await expect(applyImport(parsed(), { loadSettings, saveSettings: async (s) => (++writes === 1 ? failing() : saveSettings(s)), listTrusted: async () => contacts, setTrusted: async (c) => void (contacts = c), ...noRelations })).rejects.toThrow('quota');
    expect(contacts).toEqual(before);
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('changes nothing when the contacts cannot be written', async () => {
    await saveSettings(DEFAULT_SETTINGS);
    await expect(applyImport(parsed(), { loadSettings, saveSettings, listTrusted: async () => before, setTrusted: async () => Promise.reject(new Error('background gone')), ...noRelations })).rejects.toThrow('background gone');
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });
});
