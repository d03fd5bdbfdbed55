#!/usr/bin/env node
// `npm test`: typecheck, lint, unit tests, build, end-to-end tests (Chromium, then Firefox) — then one closing line
// "N passed, N failed" that CI reads (vitest's own summary is not recognised there).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const tmp = mkdtempSync(join(tmpdir(), 'taktvoll-test-'));
let passed = 0;
let failed = 0;
const failures = [];

function step(name, cmd, args) {
  const started = Date.now();
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const status = spawnSync(cmd, args, { stdio: 'inherit', env: process.env }).status;
  console.log(`◀ ${name}: ${status === 0 ? 'ok' : `exit ${status}`} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return status === 0;
}

/** A check that is not a test file (typecheck, lint, build) counts as one test. */
function check(name, cmd, args) {
  const ok = step(name, cmd, args);
  if (ok) passed++;
  else {
    failed++;
    failures.push(name);
  }
  return ok;
}

/** Run vitest with the JSON reporter and count its tests. */
function vitest(name, config, extraEnv = {}) {
  const out = join(tmp, `${name}.json`);
  Object.assign(process.env, extraEnv);
  const ok = step(name, 'npx', ['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  try {
    const report = JSON.parse(readFileSync(out, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    for (const file of report.testResults ?? []) {
      for (const t of file.assertionResults ?? []) if (t.status === 'failed') failures.push(`${name}: ${t.fullName}`);
    }
    // A suite that failed to load has no assertion results: count it.
    const broken = (report.testResults ?? []).filter((f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0);
    failed += broken.length;
    for (const f of broken) failures.push(`${name}: ${f.name} (did not load)`);
    if (!ok && report.numFailedTests === 0 && broken.length === 0) {
      failed++;
      failures.push(`${name}: vitest exited non-zero`);
    }
  } catch {
    failed++;
    failures.push(`${name}: no report`);
  }
}

const only = process.env.TAKTVOLL_TEST_ONLY; // "unit" or "e2e" to run one part
// .wxt/ (generated types and tsconfig) must exist before typecheck; npm may skip postinstall.
if (!step('prepare', 'npx', ['wxt', 'prepare'])) {
  console.log('\n0 passed, 1 failed');
  process.exit(1);
}
if (only !== 'e2e') {
  check('typecheck', 'npx', ['tsc', '--noEmit']);
  check('lint', 'npx', ['eslint', '.']);
  vitest('unit', 'tests/vitest.config.ts');
}
if (only !== 'unit') {
  if (check('build', 'npx', ['wxt', 'build'])) vitest('e2e', 'tests/e2e/vitest.config.ts');
  // The Firefox build in Debian's firefox-esr, over WebDriver BiDi.
  if (check('build:firefox', 'npx', ['wxt', 'build', '-b', 'firefox', '--mv3'])) vitest('e2e-firefox', 'tests/e2e-firefox/vitest.config.ts');
}
rmSync(tmp, { recursive: true, force: true });

if (failures.length) {
  console.log('\nFailed:');
  for (const f of failures) console.log(`  ✗ ${f}`);
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
