/** Facts for the privacy promise, read from the running extension's manifest (so they are checkable). */
import type { Site } from '../analysis/types';
import { siteOfPattern } from '../sites/registry';

export interface ManifestFacts {
  permissions: string[];
  hostPermissions: string[];
  /** The extension pages' content security policy forbids every connection. */
  connectNone: boolean;
  hostSite: (pattern: string) => Site | undefined;
  /** The host permissions that belong to a site. */
  hostsOf: (site: Site) => string[];
}

interface ManifestLike {
  permissions?: unknown;
  host_permissions?: unknown;
  content_security_policy?: unknown;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export function readManifestFacts(manifest: ManifestLike): ManifestFacts {
  const csp = manifest.content_security_policy;
  const pagesCsp = typeof csp === 'string' ? csp : csp && typeof csp === 'object' ? String((csp as Record<string, unknown>).extension_pages ?? '') : '';
  const directives = pagesCsp.split(';').map((d) => d.trim().replace(/\s+/g, ' '));
  const hostPermissions = strings(manifest.host_permissions);
  return {
    permissions: strings(manifest.permissions),
    hostPermissions,
    connectNone: directives.includes("connect-src 'none'"),
    hostSite: siteOfPattern,
    hostsOf: (site) => hostPermissions.filter((h) => siteOfPattern(h) === site),
  };
}
