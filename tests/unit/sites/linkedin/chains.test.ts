/**
 * Every selector chain of the LinkedIn adapter matches something in the fixtures (EN and DE): a
 * tour of all fixture pages through the public adapter, then the health check must name every
 * chain in selectors.ts. A chain nobody can exercise is a chain nobody can trust.
 */
import { expect, it } from 'vitest';
import { linkedin } from '../../../../lib/sites/linkedin/adapter';
import type { SelectorChain } from '../../../../lib/sites/kit/chain';
import * as S from '../../../../lib/sites/linkedin/selectors';
import { GROUP, PEOPLE, THREADS, catchUpPage, composePage, feedPage, groupPage, invitePicker, profilePage, threadPage, withoutStyle, type Lang } from '../../../fixtures/linkedin/pages';
import { fragment, load, mountNamed, settle } from './load';

function useComposers(root: Document | ShadowRoot): number {
  const found = linkedin.findComposers(root);
  for (const c of found) {
    linkedin.readContext(c);
    linkedin.readText(c);
    linkedin.sendControls(c);
  }
  return found.length;
}

function tour(lang: Lang): void {
  const q = lang === 'de' ? '?lang=de' : '';
  for (const [i, t] of THREADS.entries()) {
    const { document } = load(threadPage(t.id, { lang, birthday: i === 0, inmail: i === 2, mode: i === 1 ? 'enter' : 'click' }), `https://www.linkedin.com/messaging/thread/${t.id}/${q}`);
    settle(document);
    expect(useComposers(document)).toBe(1);
  }
  {
    // an empty thread still loading, with the older loader
    const { document } = load(threadPage(THREADS[2]!.id, { lang, empty: true, loader: true }), `https://www.linkedin.com/messaging/thread/${THREADS[2]!.id}/`);
    settle(document, (t) => t.hasAttribute('data-loads'));
    expect(linkedin.readContext(linkedin.findComposers(document)[0]!).firstMessage).toBeUndefined();
  }
  {
    const { document } = load(composePage(PEOPLE.anna, { lang }), `https://www.linkedin.com/messaging/compose/?recipient=${PEOPLE.anna.id}`);
    settle(document);
    expect(useComposers(document)).toBe(1);
  }
  {
    const { document } = load(feedPage({ lang, overlay: 'shadow' }), `https://www.linkedin.com/feed/${q}`);
    const root = document.getElementById('interop-outlet')!.attachShadow({ mode: 'open' });
    mountNamed(document, 'bubble-anna', root);
    mountNamed(document, 'bubble-carla', root);
    expect(linkedin.shadowRoots(document)).toEqual([root]);
    expect(useComposers(root)).toBe(2);
  }
  {
    // 2026: a click on the card's link, the pre-filled overlay in the shadow root
    const { document } = load(catchUpPage({ lang }), `https://www.linkedin.com/mynetwork/catch-up/birthday/${q}`);
    settle(document);
    linkedin.noteClick(document.querySelector('a[data-view-name="nurture-card-primary-button"]')!);
    const root = document.getElementById('interop-outlet')!.attachShadow({ mode: 'open' });
    mountNamed(document, 'catchup-anna', root);
    expect(useComposers(root)).toBe(1);
  }
  {
    // 2024: the dialog
    const { document } = load(catchUpPage({ lang, legacy: true }), `https://www.linkedin.com/mynetwork/catch-up/birthday/${q}`);
    settle(document);
    mountNamed(document, 'dialog-anna');
    expect(useComposers(document)).toBe(1);
  }
  {
    const { document } = load(profilePage('anna', { lang }), `https://www.linkedin.com/search/results/people/${q}`);
    settle(document);
    const root = document.getElementById('interop-outlet')!.attachShadow({ mode: 'open' });
    mountNamed(document, 'connect-note-anna', root);
    expect(useComposers(root)).toBe(1);
  }
  {
    const { document } = load(profilePage('anna', { lang }), `https://www.linkedin.com/in/anna-example/${q}`);
    settle(document);
    const root = document.getElementById('interop-outlet')!.attachShadow({ mode: 'open' });
    mountNamed(document, 'connect-note-anna', root);
    document.querySelector('a[href*="custom-invite"]')!.remove();
    expect(useComposers(root)).toBe(1);
    // the name then comes from the profile's heading
    expect(linkedin.readContext(linkedin.findComposers(root)[0]!).recipient).toEqual({ name: 'Anna Example', key: 'in:anna-example' });
  }
  {
    const { document } = load(groupPage({ lang }), `https://www.linkedin.com/groups/${GROUP.id}/${q}`);
    settle(document);
    mountNamed(document, 'picker');
    const [d] = linkedin.findGroupDialogs(document);
    expect(d!.selected()).toEqual([]);
    expect(d!.marked()).toHaveLength(1);
    expect(d!.confirmControl()).not.toBeNull();
  }
  {
    // people selected in two searches: the selected-members pane
    const { document } = load(groupPage({ lang }), `https://www.linkedin.com/groups/${GROUP.id}/${q}`);
    settle(document);
    document.body.append(...fragment(document, withoutStyle(invitePicker(lang, { query: 'bernd', selected: ['anna', 'bernd'] }))));
    expect(linkedin.findGroupDialogs(document)[0]!.selected()).toHaveLength(2);
  }
  {
    // the user's own events recognised by name when the incoming marker is gone
    const { document } = load(threadPage(THREADS[1]!.id, { lang }), `https://www.linkedin.com/messaging/thread/${THREADS[1]!.id}/`);
    settle(document);
    document.querySelectorAll('.msg-s-event-listitem--other').forEach((el) => el.classList.remove('msg-s-event-listitem--other'));
    const c = linkedin.findComposers(document)[0]!;
    expect(linkedin.readContext(c).register).toBe(lang === 'de' ? 'sie' : undefined);
  }
}

it('every selector chain matches in the EN and DE fixtures', () => {
  tour('en');
  tour('de');
  const hit = new Set(linkedin.health().matched.map((n) => n.replace(/#\d+$/, '')));
  const chains = Object.values(S).filter((v): v is SelectorChain => typeof v === 'object' && v !== null && 'selectors' in v);
  expect(chains.length).toBeGreaterThan(30);
  const missing = chains.map((c) => c.name).filter((n) => !hit.has(n));
  expect(missing).toEqual([]);
});
