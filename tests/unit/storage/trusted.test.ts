/** Trusted contacts added by name in the options page silence the guard for that person, whatever key the page uses. */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import * as repo from '../../../lib/db/repo';
import { TaktvollDb, useDb } from '../../../lib/db/schema';
import { nameKey } from '../../../lib/people';

let n = 0;
const NOW = Date.UTC(2026, 10, 22);

describe('trusted contacts by name', () => {
  beforeEach(() => {
    useDb(new TaktvollDb(`trusted-${n++}`));
  });

  it('uses the same name key as the site adapters', () => {
    // One function keys people everywhere (adapters, background, options): spelling variants meet.
    expect(['Anna Beispiel', '  anna   BEISPIEL '].map(nameKey)).toEqual(['name:anna beispiel', 'name:anna beispiel']);
    expect(nameKey('  Jürgen   MÜLLER ')).toBe('name:jurgen muller');
  });

  it('matches a person the page knows by profile slug when the user added them by name', async () => {
    await repo.setTrusted({ site: 'linkedin', key: nameKey('Anna Beispiel'), name: 'Anna Beispiel', addedAt: NOW, source: 'options' });
    expect((await repo.getComposerInfo({ site: 'linkedin', key: 'anna-beispiel-12ab', name: 'Anna  Beispiel' }, 10, NOW)).trusted).toBe(true);
    // Only on that site, and only that person.
    expect((await repo.getComposerInfo({ site: 'xing', key: 'Anna_Beispiel', name: 'Anna Beispiel' }, 10, NOW)).trusted).toBe(false);
    expect((await repo.getComposerInfo({ site: 'linkedin', key: 'ben', name: 'Ben Beispiel' }, 10, NOW)).trusted).toBe(false);
    expect((await repo.getComposerInfo({ site: 'linkedin', key: 'unknown', name: '' }, 10, NOW)).trusted).toBe(false);
  });

  it('still matches by key (the pause card) and forgets on removal', async () => {
    const person = { site: 'facebook' as const, key: '100012345', name: 'Carla' };
    await repo.setTrusted({ ...person, addedAt: NOW, source: 'pause-card' });
    expect((await repo.getComposerInfo(person, 10, NOW)).trusted).toBe(true);
    await repo.removeTrusted(person);
    expect((await repo.getComposerInfo(person, 10, NOW)).trusted).toBe(false);
  });
});
