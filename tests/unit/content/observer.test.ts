/**
 * Watching the page without costing it: scans batch, back off on a busy page in proportion to
 * what they cost, come at once when asked for (focus, a send), and attribute changes outside a
 * group dialog wake nothing.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLifetime } from '../../../lib/content/lifetime';
import { BatchedScan, DomWatcher } from '../../../lib/content/observer';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('BatchedScan', () => {
  const life = createLifetime();
  afterEach(() => vi.restoreAllMocks());

  it('batches many page changes into one scan', async () => {
    let scans = 0;
    const scan = new BatchedScan(life, () => scans++, 30, 200);
    for (let i = 0; i < 50; i++) scan.schedule();
    await tick(60);
    expect(scans).toBe(1);
  });

  it('on a page that keeps changing, waits longer after an expensive scan (at most 1/200 of the time goes to scanning), but comes at once when asked', async () => {
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    let scans = 0;
    const scan = new BatchedScan(life, () => {
      scans++;
      clock += 1; // this scan "took" 1 ms
    }, 10, 200);
    scan.run();
    expect(scans).toBe(1);
    scan.schedule(); // the first change on a quiet page: the short pause
    await tick(30);
    expect(scans).toBe(2);
    scan.schedule(); // change after change: the next scan waits 200 ms, not 10
    await tick(80);
    expect(scans).toBe(2);
    scan.schedule(0); // focus on a composer: at once
    await tick(10);
    expect(scans).toBe(3);
    scan.schedule();
    expect(scan.runIfPending()).toBe(true); // a send attempt runs the pending scan synchronously
    expect(scans).toBe(4);
    expect(scan.runIfPending()).toBe(false);
    // Quiet again: a change long after the last one is scanned after the short pause.
    clock += 1000;
    scan.schedule();
    await tick(40);
    expect(scans).toBe(5);
  });
});

describe('BatchedScan with a watcher that pauses', () => {
  afterEach(() => vi.restoreAllMocks());

  it('a change right after a scan that a change asked for is "change after change" (the watcher saw nothing in between); after a requested scan it is not', async () => {
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => clock);
    const life = createLifetime();
    let scans = 0;
    const scan = new BatchedScan(life, () => {
      scans++;
      clock += 1; // each scan "takes" 1 ms: on a busy page the next waits 200 ms
    }, 10, 200);
    scan.schedule(0); // requested (focus, navigation): not a page change
    await tick(15);
    expect(scans).toBe(1);
    clock += 500;
    scan.schedule(); // the first change on a quiet page: the short pause
    clock += 300; // (the scan comes late, as after a back-off: longer than "change after change")
    await tick(30);
    expect(scans).toBe(2);
    clock += 1;
    scan.schedule(); // at once after that scan: the page kept changing while we waited
    await tick(60);
    expect(scans).toBe(2);
    expect(scan.pending()).toBe(true);
    life.abort();
  });
});

describe('DomWatcher', () => {
  it('wakes on added nodes and on open/hidden, but not on other attributes unless a dialog is open', async () => {
    document.body.innerHTML = '<main><div id="row"></div><dialog id="d"></dialog></main>';
    const life = createLifetime();
    let changes = 0;
    const watcher = new DomWatcher(life, () => changes++, () => false);
    watcher.observe(document);
    watcher.resume(); // the runtime's first active scan
    const row = document.getElementById('row')!;
    row.setAttribute('aria-label', 'x');
    row.setAttribute('aria-checked', 'true');
    await tick(0);
    expect(changes).toBe(0);
    document.getElementById('d')!.setAttribute('open', '');
    await tick(0);
    expect(changes).toBe(1);
    watcher.resume(); // the scan ran
    row.append(document.createElement('span'));
    await tick(0);
    expect(changes).toBe(2);
    watcher.resume();
    watcher.watchAllAttributes(true); // a group dialog is open
    row.setAttribute('aria-checked', 'false');
    await tick(0);
    expect(changes).toBe(3);
    watcher.resume();
    life.abort();
    row.append(document.createElement('span'));
    await tick(0);
    expect(changes).toBe(3);
  });

  it('asks for one scan and receives no records until that scan has run; observes nothing before the first', async () => {
    document.body.innerHTML = '<main id="m"></main>';
    const main = document.getElementById('m')!;
    const life = createLifetime();
    let changes = 0;
    const watcher = new DomWatcher(life, () => changes++, () => false);
    watcher.observe(document);
    main.append(document.createElement('p')); // before the first scan: not observed
    await tick(0);
    expect(changes).toBe(0);
    expect(watcher.observing()).toBe(false);
    watcher.resume();
    expect(watcher.observing()).toBe(true);
    main.append(document.createElement('p'));
    await tick(0);
    expect(changes).toBe(1);
    expect(watcher.observing()).toBe(false); // a scan is due: it will read the page as it is then
    for (let i = 0; i < 20; i++) {
      main.append(document.createElement('p'));
      await tick(0);
    }
    expect(changes).toBe(1);
    watcher.watchAllAttributes(true); // while paused: only remembered
    expect(watcher.observing()).toBe(false);
    watcher.resume();
    main.setAttribute('aria-checked', 'true'); // observed with the new options
    await tick(0);
    expect(changes).toBe(2);
    life.abort();
  });

  it('keeps observing through changes inside a quiet node (typing in a known composer)', async () => {
    document.body.innerHTML = '<main><div id="editor" contenteditable="true"></div><div id="other"></div></main>';
    const editor = document.getElementById('editor')!;
    const life = createLifetime();
    let changes = 0;
    const watcher = new DomWatcher(life, () => changes++, (n) => editor.contains(n));
    watcher.observe(document);
    watcher.resume();
    for (let i = 0; i < 5; i++) {
      editor.append(document.createTextNode('x'));
      await tick(0);
    }
    expect(changes).toBe(0);
    expect(watcher.observing()).toBe(true);
    document.getElementById('other')!.append(document.createElement('span'));
    await tick(0);
    expect(changes).toBe(1);
    life.abort();
  });
});
