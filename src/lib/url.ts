/**
 * Internal links must honour the deployment's base path (e.g. /fangpian/), or a site
 * hosted under a sub-path breaks. Every internal href goes through withBase().
 */
export function joinBase(base: string, path: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//') || path.startsWith('#')) return path;
  const cleanBase = base.endsWith('/') ? base : `${base}/`;
  if (path.startsWith(cleanBase)) return path;
  return cleanBase + path.replace(/^\/+/, '');
}

export function withBase(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** Absolute URL for canonical links, the sitemap and share cards. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(withBase(path), site).href;
}

/**
 * A page's site path from the URL Astro renders it at: the base removed, ending in "/"
 * ("/fangpian/about/" → "/about/", "/404" → "/404/"). Pages never pass their own path.
 */
export function pagePath(pathname: string, base: string): string {
  const cleanBase = base.endsWith('/') ? base : `${base}/`;
  const inside = pathname.startsWith(cleanBase) ? pathname.slice(cleanBase.length - 1) : pathname;
  const path = inside.replace(/\/index\.html$|\.html$/, '/').replace(/\/?$/, '/');
  return path.startsWith('/') ? path : `/${path}`;
}

/** The path of an article page, without the base. */
export function articlePath(id: string): string {
  return `/articles/${id}/`;
}

/** The path of a call simulation's page, without the base. */
export function simulationPath(id: string): string {
  return `/simulate/${id}/`;
}

/** Where an article's paste-in fragment for a WeChat 公众号 post is published, without the base. */
export function wechatFragmentPath(slug: string): string {
  return `/wechat-fragments/${slug}.html`;
}

/** Site path of the ZIP of an article fragment's images, numbered in order (written with the fragment). */
export function wechatImagesPath(slug: string): string {
  return `/wechat-images/${slug}.zip`;
}
