/**
 * The XING fixture itself: the page bundle compiles with the real React, the routes serve the
 * documented URLs, and the composer is truly React-controlled (happy-dom + real React 18): a
 * naive `.value =` write is lost on the next render, the native setter + `input` reaches React,
 * and each real send is recorded exactly once.
 */
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { fixtureBuildOptions } from '../../../fixtures/bundle';
import { describe, expect, it } from 'vitest';
import { xing } from '../../../../lib/sites/xing/adapter';
import { createXingApp, type ReactApi, type SentRecord } from '../../../fixtures/xing/app';
import { route } from '../../../fixtures/xing/routes';
import { loadPage } from '../load-page';

// The unit-test config aliases `react` to preact/compat: load the real React explicitly.
const load = createRequire(import.meta.url);

describe('xing fixture bundle', () => {
  it('bundles for the browser with the real React', async () => {
    const r = await build({ ...fixtureBuildOptions('xing', 'xing'), metafile: true });
    const inputs = Object.keys(r.metafile.inputs);
    expect(inputs).toContain('node_modules/react-dom/cjs/react-dom.production.min.js');
    expect(inputs.some((i) => i.includes('node_modules/preact'))).toBe(false);
    expect(inputs.some((i) => i.includes('react-dom/server'))).toBe(false);
    expect(r.outputFiles[0]!.text).toContain('__fixture');
  });
});

describe('xing fixture routes', () => {
  const get = (u: string) => route(new URL(u));

  it('serves /chats/<id> with variants', () => {
    const page = get('https://www.xing.com/chats/a1b2c3d4')!;
    expect(page.contentType).toMatch(/^text\/html/);
    expect(page.body).toContain('<html lang="de">');
    expect(page.body).toContain('Anna Beispiel | Chats | XING');
    expect(page.body).toContain('<script src="/__fixture__/xing.js"></script>');
    expect(page.body).toContain('window.__fixture = { sent: [] }');
    const cfg = (u: string) => JSON.parse(/window\.__fixtureConfig = (\{.*?\});<\/script>/.exec(get(u)!.body)![1]!);
    expect(cfg('https://www.xing.com/chats/a1b2c3d4?lang=en&occasion=birthday&delay=10')).toEqual({ lang: 'en', chatId: 'a1b2c3d4', empty: false, occasion: 'birthday', dialog: false, delay: 10 });
    expect(cfg('https://www.xing.com/chats/c9d0e1f2/?dialog=1&empty=1')).toMatchObject({ lang: 'de', chatId: 'c9d0e1f2', dialog: true, empty: true, delay: 400 });
  });

  it('serves profile pages whose "Nachricht schreiben" opens the chat lightbox', () => {
    const page = get('https://www.xing.com/profile/Anna_Beispiel?lightbox=1&enter=send')!;
    expect(page.body).toContain('Anna Beispiel | XING');
    const cfg = JSON.parse(/window\.__fixtureConfig = (\{.*?\});<\/script>/.exec(page.body)![1]!);
    expect(cfg).toMatchObject({ chatId: 'a1b2c3d4', profile: 'Anna_Beispiel', lightbox: true, enter: 'send' });
  });

  it('answers nothing for other URLs', () => {
    expect(get('https://www.xing.com/chats')).toBeNull();
    expect(get('https://www.xing.com/profile/Somebody_Else')).toBeNull();
    expect(get('https://www.facebook.com/chats/a1b2c3d4')).toBeNull();
  });
});

describe('xing fixture app with the real React 18 (happy-dom)', () => {
  it('is React-controlled and records each send once', async () => {
    const React = load('react') as ReactApi;
    const { createRoot } = load('react-dom/client') as typeof import('react-dom/client');
    const { XingApp } = createXingApp(React);
    const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

    loadPage('<!DOCTYPE html><html><body><main><div id="root"></div></main></body></html>', 'https://www.xing.com/chats/a1b2c3d4');
    const sent: SentRecord[] = [];
    const root = createRoot(document.getElementById('root')!);
    root.render(React.createElement(XingApp, { config: { lang: 'de', chatId: 'a1b2c3d4', delay: 60 }, loaded: false, record: (r: SentRecord) => sent.push(r) }));
    await wait(10);

    const c = xing.findComposers(document)[0]!;
    const ta = c.editor as HTMLTextAreaElement;
    expect(xing.readContext(c).firstMessage).toBeUndefined(); // messages still loading

    // A naive write does not reach React's state and is lost when the chat re-renders.
    ta.value = 'naiv geschrieben';
    await wait(100);
    expect(xing.readContext(c).firstMessage).toBe(false);
    expect(ta.value).toBe('');

    // The native setter plus an input event does reach React.
    const setValue = (text: string) => {
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(ta, text);
      ta.dispatchEvent(new Event('input', { bubbles: true }));
    };
    setValue('Hallo Anna, danke!');
    await wait(10);
    const button = xing.sendControls(c).buttons[0] as HTMLButtonElement;
    expect(button.disabled).toBe(false);
    button.click();
    await wait(10);
    expect(sent).toEqual([{ text: 'Hallo Anna, danke!', via: 'button', to: 'Anna Beispiel' }]);
    expect(ta.value).toBe('');
    expect(document.querySelectorAll('section ul[aria-label="Nachrichten"] > li')).toHaveLength(3);

    // Enter sends; Shift+Enter and Enter during IME composition do not.
    setValue('Bis bald');
    await wait(10);
    ta.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true, bubbles: true, cancelable: true }));
    ta.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 229, isComposing: true, bubbles: true, cancelable: true }));
    await wait(10);
    expect(sent).toHaveLength(1);
    ta.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 13, bubbles: true, cancelable: true }));
    await wait(10);
    expect(sent).toEqual([
      { text: 'Hallo Anna, danke!', via: 'button', to: 'Anna Beispiel' },
      { text: 'Bis bald', via: 'enter', to: 'Anna Beispiel' },
    ]);
    root.unmount();
  });
});
