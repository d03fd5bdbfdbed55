/**
 * Settings version 2 adds `siteRules`: checks switched off on one site only (the pause card's
 * "Don't ask about this on LinkedIn again"). Version 1 had none, so every check stays as it was.
 * Frozen once shipped.
 */
export function settingsV1ToV2(stored: unknown): unknown {
  if (stored === null || typeof stored !== 'object') return stored;
  return { ...stored, siteRules: {} };
}
