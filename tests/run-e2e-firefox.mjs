#!/usr/bin/env node
// Build the Firefox MV3 extension (unless TAKTVOLL_SKIP_BUILD=1), then run the end-to-end suite in
// Debian's firefox-esr over WebDriver BiDi. Extra arguments are passed to vitest (e.g. a file filter).
import { spawnSync } from 'node:child_process';

const run = (cmd, args, env = {}) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

if (process.env.TAKTVOLL_SKIP_BUILD !== '1') {
  if (run('npx', ['wxt', 'build', '-b', 'firefox', '--mv3']) !== 0) process.exit(1);
}
process.exit(run('npx', ['vitest', 'run', '--config', 'tests/e2e-firefox/vitest.config.ts', ...process.argv.slice(2)]));
