/**
 * The "Not working here?" report as the popup shows and copies it: plain text, in full, built
 * from what the tab's top frame answered (lib/sites/kit/diagnostic.ts: structure only) and the
 * health every frame reported. URLs appear only as path patterns; error messages lose anything
 * in quotes and every URL. Pure: no DOM, no browser API.
 */
import type { Site } from '../analysis/types';
import type { Health } from '../messaging/schemas';
import { pathPattern } from '../sites/path-pattern';
import type { PageDiagnostic } from '../sites/kit/diagnostic';

export interface DiagnosticInput {
  version: string;
  browser: string;
  site: Site;
  tabUrl: string | undefined;
  health: readonly Health[];
  /** What the tab's top frame answered; null when it did not answer. */
  page: PageDiagnostic | null;
}

/** "Chrome 140", "Firefox 142": the browser's name and major version only. */
export function browserOf(userAgent: string): string {
  for (const [token, name] of [['Firefox', 'Firefox'], ['Edg', 'Edge'], ['OPR', 'Opera'], ['Chrome', 'Chrome'], ['Chromium', 'Chromium'], ['Safari', 'Safari']] as const) {
    const m = new RegExp(`${token}/(\\d+)`).exec(userAgent);
    if (m) return `${name} ${m[1] ?? ''}`;
  }
  return 'unknown';
}

/** An error message without quoted parts, URLs or long numbers (they could name a page or a person). */
export function scrubError(message: string): string {
  return message
    .replace(/https?:\/\/\S+/g, (u) => pathPattern(u.replace(/[)\].,;]+$/, '')) || '…')
    .replace(/(["'“„«‘‚])[^"'”“»’‘]*(["'”“»’‘])/g, '…')
    .replace(/\d{3,}/g, '#')
    .slice(0, 160);
}

export function formatDiagnostic(d: DiagnosticInput): string {
  const out: string[] = [
    'Taktvoll diagnostic: page structure only (no message text, no names)',
    `version: ${d.version}`,
    `browser: ${d.browser}`,
    `site: ${d.site}`,
    `page: ${pathPattern(d.tabUrl) || 'unknown'}`,
    `frames reporting: ${d.health.length}`,
  ];
  d.health.forEach((h, i) => {
    out.push('', `frame ${i + 1} (${h.frame}) ${pathPattern(h.url)}: ${h.active ? 'active' : 'inactive'}, composers ${h.composers}, group dialogs ${h.groupDialogs}`);
    if (h.reasons.length) out.push(`  reasons: ${h.reasons.join(', ')}`);
    if (h.warnings?.length) out.push(`  warnings: ${h.warnings.join(', ')}`);
    out.push(`  matched: ${h.matched.length ? h.matched.join(', ') : 'none'}`);
    if (h.failures?.length) out.push(`  failures: ${h.failures.map((f) => `${f.where} ${f.why} ×${f.count}`).join(', ')}`);
    if (h.errors.length) out.push(`  errors: ${h.errors.map(scrubError).join(' | ')}`);
  });
  if (!d.page) {
    out.push('', 'page structure: the page did not answer');
    return out.join('\n');
  }
  for (const f of d.page.frames) {
    out.push('', `page structure (${f.frame}) ${pathPattern(f.url)}, open shadow roots: ${f.shadowRoots}`);
    if (f.blocks.length === 0) out.push('  no message box, editable field or group dialog found');
    for (const b of f.blocks) {
      out.push(`  ${b.kind}${b.detail ? ` (${b.detail})` : ''}`);
      for (const line of b.lines) out.push(`    ${line}`);
    }
  }
  return out.join('\n');
}
