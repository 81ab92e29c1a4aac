import { normaliseBasePath } from './base-path.mjs';

/**
 * Where the built site will live. Read from the environment at build time so the same
 * source can be hosted at a domain root, under a sub-path (e.g. a county police site's
 * /fangpian/), or opened on an offline kiosk.
 */
export interface Deployment {
  /** Absolute origin used for canonical URLs, the sitemap and share cards. */
  site: string;
  /** Path prefix, always starting and ending with "/". */
  base: string;
}

export const DEFAULT_SITE_URL = 'http://localhost:4321';

/** Whether the build was left at the default address: its QR codes and links lead to the building computer. */
export function isLocalSite(site: string | URL | undefined): boolean {
  return site === undefined || new URL(String(site)).origin === DEFAULT_SITE_URL;
}

export { normaliseBasePath };

export function normaliseSiteUrl(raw: string | undefined): string {
  const value = (raw ?? '').trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL "${raw}" is not an absolute URL. Example: SITE_URL=https://example.org`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL "${raw}" must start with http:// or https://`);
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`SITE_URL "${raw}" must be an origin only; put the sub-path in BASE_PATH instead.`);
  }
  return url.origin;
}

/** SITE_URL when set, else the edition's `siteUrl` (content/edition.yaml), else this computer. */
export function resolveDeployment(env: Record<string, string | undefined>, editionSiteUrl?: string): Deployment {
  return { site: normaliseSiteUrl(env['SITE_URL'] || editionSiteUrl), base: normaliseBasePath(env['BASE_PATH']) };
}
