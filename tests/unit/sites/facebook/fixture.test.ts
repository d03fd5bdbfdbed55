/**
 * The Facebook fixture itself: the page bundle compiles (with one Lexical copy), the routes
 * serve the documented URLs, and the real Lexical editor mounted by the fixture runtime in
 * happy-dom produces the DOM the adapter reads, sending exactly once per Enter / click.
 */
import { build } from 'esbuild';
import { fixtureBuildOptions } from '../../../fixtures/bundle';
import { describe, expect, it } from 'vitest';
import { facebook } from '../../../../lib/sites/facebook/adapter';
import { route } from '../../../fixtures/facebook/routes';
import { startFacebookFixture } from '../../../fixtures/facebook/runtime';
import { threadPage } from '../../../fixtures/facebook/pages';
import { $createParagraphNode, $createTextNode, $getRoot, $createLineBreakNode } from 'lexical';
import type { GroupSentRecord } from '../../../fixtures/facebook/runtime';
import { loadPage } from '../load-page';

describe('facebook fixture bundle', () => {
  it('bundles for the browser with exactly one Lexical', async () => {
    const r = await build({ ...fixtureBuildOptions('facebook', 'facebook'), metafile: true });
    // lexical and @lexical/plain-text are pinned to the same release, so npm installs one copy of
    // lexical; several copies would each keep their own "active editor" and plain text would fail.
    const inputs = Object.keys(r.metafile.inputs);
    const lexicalCopies = new Set(inputs.map((i) => /^(.*node_modules\/lexical)\//.exec(i)?.[1]).filter(Boolean));
    expect([...lexicalCopies]).toEqual(['node_modules/lexical']);
    expect(inputs.some((i) => i.startsWith('node_modules/@lexical/plain-text/'))).toBe(true);
    const js = r.outputFiles[0]!.text;
    expect(js).toContain('__fixture');
    expect(js.length).toBeGreaterThan(100_000);
  });
});


describe('facebook fixture routes', () => {
  const get = (u: string) => route(new URL(u));

  it('serves every documented URL, in EN and DE', () => {
    const cases: [string, string][] = [
      ['https://www.facebook.com/messages/t/100001', 'Anna Example | Messenger'],
      ['https://www.facebook.com/messages/e2ee/t/100002/', 'Ben Beispiel | Messenger'],
      ['https://web.facebook.com/messages/t/100003', 'Chloé Müller | Messenger'],
      ['https://web.facebook.com/messages/e2ee/t/700001', 'Book club | Messenger'],
      ['https://www.facebook.com/', '<title>Facebook</title>'],
      ['https://www.facebook.com/events/birthdays/', 'Birthdays | Facebook'],
      ['https://www.facebook.com/groups/4455667788/', 'Berlin Product People | Facebook'],
    ];
    for (const [u, title] of cases) {
      const res = get(u);
      expect(res?.contentType).toMatch(/^text\/html/);
      expect(res!.body).toContain(title);
      expect(res!.body).toContain('<script src="/__fixture__/facebook.js"></script>');
      expect(res!.body).toContain('window.__fixture = { sent: [] }');
    }
    expect(get('https://www.facebook.com/events/birthdays/?lang=de')!.body).toContain('Geburtstage | Facebook');
    expect(get('https://www.facebook.com/messages/t/100001?lang=de')!.body).toContain('lang="de"');
  });

  it('passes variants to the page script', () => {
    const cfg = (u: string) => JSON.parse(/window\.__fixtureConfig = (\{.*?\});<\/script>/.exec(get(u)!.body)![1]!);
    expect(cfg('https://www.facebook.com/messages/t/100001?empty=1&delay=50')).toMatchObject({ page: 'thread', threadId: '100001', empty: true, delay: 50, host: 'facebook' });
    expect(cfg('https://web.facebook.com/messages/t/700001?dialog=1&lang=de')).toMatchObject({ host: 'web', dialog: true, lang: 'de' });
    expect(cfg('https://www.facebook.com/?chat=100002')).toMatchObject({ page: 'home', chat: '100002' });
    expect(cfg('https://www.facebook.com/groups/makersdach?dialog=1')).toMatchObject({ page: 'group', groupId: 'makersdach', dialog: true });
  });

  it('answers nothing for other URLs', () => {
    expect(get('https://www.facebook.com/anna.example')).toBeNull();
    expect(get('https://www.messenger.com/t/100001')).toBeNull();
    expect(get('https://www.xing.com/chats/1')).toBeNull();
  });
});

describe('facebook fixture runtime with the real Lexical (happy-dom)', () => {
  it('renders what the adapter reads and sends exactly once per Enter or click', async () => {
    const tick = () => new Promise((r) => setTimeout(r, 0));
    const html = threadPage({ host: 'facebook', lang: 'en', threadId: '100001', loaded: true });
    loadPage(html, 'https://www.facebook.com/messages/t/100001');
    const w = window as unknown as { __fixture: { sent: GroupSentRecord[] }; __fixtureConfig: unknown };
    w.__fixture = { sent: [] };
    w.__fixtureConfig = { page: 'thread', host: 'facebook', lang: 'en', threadId: '100001', delay: 0 };
    const fx = startFacebookFixture(window as Window & typeof globalThis);

    const c = facebook.findComposers(document)[0]!;
    const editor = fx.editorFor(c.editor)!;
    expect(editor).toBeDefined();
    editor.update(
      () => {
        const p = $createParagraphNode();
        p.append($createTextNode('Hallo Anna'), $createLineBreakNode(), $createTextNode('zweite Zeile'));
        $getRoot().clear().append(p);
      },
      { discrete: true },
    );
    expect(c.editor.querySelectorAll('[data-lexical-text="true"]')).toHaveLength(2);
    const lexicalOwn = editor.getEditorState().read(() => $getRoot().getTextContent());
    expect(facebook.readText(c)).toBe(lexicalOwn);
    expect(facebook.readText(c)).toBe('Hallo Anna\nzweite Zeile');

    // The like button was replaced by the send control.
    const sc = facebook.sendControls(c);
    expect(sc.buttons).toHaveLength(1);
    const rows = () => document.querySelectorAll('[role="main"] [role="grid"] [role="row"]').length;
    const before = rows();
    sc.buttons[0]!.click();
    expect(w.__fixture.sent).toEqual([{ text: 'Hallo Anna\nzweite Zeile', via: 'button', to: 'Anna Example' }]);
    expect(rows()).toBe(before + 1);
    await tick(); // Lexical commits the cleared editor asynchronously, as on the site
    expect(facebook.readText(c)).toBe('');
    expect(facebook.sendControls(c).buttons).toEqual([]);

    // Enter sends; Enter during IME composition and Shift+Enter do not.
    editor.update(() => $getRoot().clear().append($createParagraphNode().append($createTextNode('Bis bald'))).selectEnd(), { discrete: true });
    c.editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 229, isComposing: true, bubbles: true, cancelable: true }));
    expect(w.__fixture.sent).toHaveLength(1);
    c.editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', shiftKey: true, bubbles: true, cancelable: true }));
    expect(w.__fixture.sent).toHaveLength(1);
    await tick();
    expect(facebook.readText(c)).toBe('Bis bald\n');
    c.editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true, cancelable: true }));
    expect(w.__fixture.sent).toHaveLength(2);
    expect(w.__fixture.sent[1]).toEqual({ text: 'Bis bald\n', via: 'enter', to: 'Anna Example' });
    await tick();
    expect(facebook.readText(c)).toBe('');
  });
});
