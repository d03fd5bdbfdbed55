// @vitest-environment node
/**
 * Conventions as tests: the runtime map at the top of lib/content/runtime.ts names every file of
 * the runtime, and the layer rules in eslint.config.js refuse what they promise to refuse.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');
const CONTENT = join(ROOT, 'lib/content');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

describe('the runtime map', () => {
  const map = readFileSync(join(CONTENT, 'runtime.ts'), 'utf8').split('*/')[0] ?? '';

  it('names every file of lib/content', () => {
    const missing = files(CONTENT)
      .map((f) => relative(CONTENT, f))
      .filter((f) => {
        const name = f.split('/').pop() ?? f;
        const dir = f.includes('/') ? `${f.split('/')[0]}/` : '';
        return !(map.includes(name) && (!dir || map.includes(dir)));
      });
    expect(missing).toEqual([]);
  });

  it('keeps every file of lib/content at most 250 lines', () => {
    const long = files(CONTENT)
      .map((f) => ({ f: relative(ROOT, f), lines: readFileSync(f, 'utf8').split('\n').length - 1 }))
      .filter((x) => x.lines > 250);
    expect(long).toEqual([]);
  });
});

describe('layer rules (eslint.config.js)', () => {
  const eslint = new ESLint({ cwd: ROOT });
  const errors = async (filePath: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath: join(ROOT, filePath) });
    return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
  };

  it.each([
    ['lib/content/x.ts', "import { scoreDraft } from '../analysis';\nexport const x = scoreDraft;\n", /learned model/],
    ['lib/content/x.ts', "import { scoreDraft } from '../analysis/index';\nexport const x = scoreDraft;\n", /learned model/],
    ['lib/sites/linkedin/x.ts', "import { score } from '../../analysis/model/score';\nexport const x = score;\n", /learned model/],
    ['components/X.tsx', "import { modelScores } from '../lib/analysis';\nexport const x = modelScores;\n", /learned model/],
    ['entrypoints/linkedin.content/x.ts', "import { SendMemoryIndex } from '../../lib/memory';\nexport const x = SendMemoryIndex;\n", /send memory stays in the background/],
    ['lib/content/x.ts', "import { sendFromPage } from '../messaging/page-to-background';\nexport const x = sendFromPage;\n", /only the extension pages/],
    ['lib/content/x.ts', "import { db } from '../db/schema';\nexport const x = db;\n", /background only/],
    ['components/X.tsx', "import { Runtime } from '../lib/content/runtime';\nexport const x = Runtime;\n", /presentational/],
    ['components/X.tsx', "import { sendFromPage } from '../lib/messaging/page-to-background';\nexport const x = sendFromPage;\n", /no browser API/],
    ['entrypoints/popup/x.ts', "import { sendToBackground } from '../../lib/messaging/content-to-background';\nexport const x = sendToBackground;\n", /page-to-background only/],
    ['lib/consent/x.ts', "import { browser } from 'wxt/browser';\nexport const x = browser;\n", /Pure/],
  ])('refuses in %s: %s', async (file, code, why) => {
    const found = await errors(file, code);
    expect(found.length, found.join('\n')).toBeGreaterThan(0);
    expect(found.join('\n')).toMatch(why);
  });

  it('allows what the layers need: the analyzer core in content scripts, consent rules in components', async () => {
    expect(await errors('lib/content/x.ts', "import { analyzeWithRules } from '../analysis/core';\nexport const x = analyzeWithRules;\n")).toEqual([]);
    expect(await errors('components/X.tsx', "import { requiredAnswers } from '../lib/consent';\nexport const x = requiredAnswers;\n")).toEqual([]);
    expect(await errors('lib/background/x.ts', "import { scoreDraft } from '../analysis';\nexport const x = scoreDraft;\n")).toEqual([]);
  });
});
