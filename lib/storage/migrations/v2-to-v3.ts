/**
 * Settings v2 → v3 (issue 12): the relationship memory's switch and quiet period arrive with
 * their defaults (on, 90 days); nothing the user set changes. Frozen once shipped.
 */
export function settingsV2ToV3(stored: unknown): unknown {
  if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return stored;
  const value = stored as Record<string, unknown>;
  if ('relationship' in value) return value;
  return { ...value, relationship: { enabled: true, quietDays: 90 } };
}
