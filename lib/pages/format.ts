/** Locale-aware formatting for the extension pages (the language follows the browser UI). */
import { uiLanguage } from '../i18n';

function locale(): string {
  const lang = uiLanguage();
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([lang]).length ? lang : 'en';
  } catch {
    return 'en';
  }
}

/** Stored times come from our own database, but a page must never crash on an odd one. */
function safe(at: number, options: Intl.DateTimeFormatOptions): string {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return '—';
  return new Intl.DateTimeFormat(locale(), options).format(d);
}

export function formatDate(at: number): string {
  return safe(at, { dateStyle: 'medium' });
}

export function formatDateTime(at: number): string {
  return safe(at, { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatTime(at: number): string {
  return safe(at, { timeStyle: 'short' });
}

/** "2026-11-22" → a short local day label. */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'short' }).format(new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}
