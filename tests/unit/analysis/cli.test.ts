import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const cli = join(root, 'lib/cli/analyze.ts');

function run(args: string[], input?: string): { code: number | null; out: string; err: string } {
  const r = spawnSync(tsx, [cli, ...args], { cwd: root, input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const jsonLines = (out: string): Record<string, unknown>[] => out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('analyze CLI', { timeout: 90_000 }, () => {
  it('prints one JSON line per input line, in order, with English messages', () => {
    const input = [
      JSON.stringify({ id: 'x1', text: 'Happy birthday, Anna!', context: { site: 'linkedin', surface: 'message', firstMessage: true, occasion: 'birthday', recipient: { name: 'Anna Example' }, prefill: 'Happy birthday, Anna!' } }),
      JSON.stringify({ id: 'x2', text: 'Hi Anna, I loved your talk. How did you get buy-in for the audit?', context: { firstMessage: true } }),
      JSON.stringify({ text: 'Hi, would you be open to a quick call?', context: { firstMessage: true } }),
    ].join('\n');
    const { code, out } = run(['-'], input);
    expect(code).toBe(0);
    const lines = jsonLines(out);
    expect(lines.map((l) => l.id)).toEqual(['x1', 'x2', 3]);
    expect(lines[0]).toEqual({
      id: 'x1',
      findings: [{ rule: 'templated-greeting', severity: 'warn', confidence: expect.any(Number), spans: [[0, 21]], message: 'This is the greeting the site suggested, sent (nearly) unchanged.' }],
    });
    expect(lines[1]).toEqual({ id: 'x2', findings: [] });
    expect((lines[2]!.findings as { message: string }[])[0]!.message).toContain('“would you be open to a quick call”');
  });

  it('reports malformed lines on stdout and stderr, keeps going, and exits non-zero', () => {
    const input = ['{"id":"a","text":"Happy birthday!"}', 'not json', '{"id":"c","text":42}', '{"id":"d","text":"ok","context":{"site":"myspace"}}', '{"id":"e","text":"Alles Gute zum Geburtstag!"}'].join('\n');
    const { code, out, err } = run(['-'], input);
    expect(code).not.toBe(0);
    const lines = jsonLines(out);
    expect(lines.map((l) => l.id)).toEqual(['a', 2, 'c', 'd', 'e']);
    expect(lines[1]!.error).toMatch(/line 2: invalid JSON/);
    expect(lines[2]!.error).toMatch(/text/);
    expect(lines[3]!.error).toMatch(/context\.site/);
    expect((lines[4]!.findings as unknown[]).length).toBe(1);
    expect(err).toMatch(/line 2/);
    expect(err).toMatch(/line 3/);
  });

  it('reads a file and, with --sequence, checks each message against the ones sent before', () => {
    const dir = mkdtempSync(join(tmpdir(), 'taktvoll-cli-'));
    const file = join(dir, 'log.jsonl');
    const msg = (name: string): string => `Hi ${name}, thanks for connecting! I'm building a community of product people in Berlin and would love to have you on board.`;
    writeFileSync(file, ['Anna', 'Ben', 'Carla', 'Anna'].map((n, i) => JSON.stringify({ id: `m${i}`, text: msg(n), context: { recipient: { name: n } } })).join('\n'));
    const plain = jsonLines(run([file]).out);
    expect(plain.every((l) => (l.findings as unknown[]).length === 0)).toBe(true);
    const seq = jsonLines(run(['--sequence', file]).out);
    const reuse = seq.map((l) => (l.findings as { rule: string; message: string }[]).find((f) => f.rule === 'template-reuse'));
    expect(reuse[0]).toBeUndefined();
    expect(reuse[1]?.message).toBe('You already sent nearly the same text to one other person in the last 60 days.');
    expect(reuse[2]?.message).toBe('You already sent nearly the same text to 2 other people in the last 60 days.');
    // back to Anna: only Ben and Carla are *other* recipients
    expect(reuse[3]?.message).toContain('2 other people');
  });

  it('prints readable findings for a text argument', () => {
    const { code, out } = run(['Happy birthday!']);
    expect(code).toBe(0);
    expect(out).toMatch(/^templated-greeting {2}warn {2}0\.\d\d {2}“Happy birthday”/);
    expect(out).toContain('This reads like a generic wish');
    expect(out).toMatch(/\? What did you last talk about\?/);
    expect(run(['Thanks for the slides, very helpful.']).out.trim()).toBe('No findings.');
    expect(run(['--context', '{"firstMessage":true}', 'Would you be open to a quick call?']).out).toContain('pitch-first-message');
  });

  it('fails clearly on a missing file and bad usage', () => {
    expect(run(['nope.jsonl']).code).toBe(2);
    expect(run([]).code).toBe(2);
  });
});
