import type { APIRoute } from 'astro';
import { edition } from '../config/edition.ts';
import { ICON_SIZES } from '../lib/share/sizes.ts';

/** The web app manifest ("添加到主屏幕"), named and coloured by the edition. Paths are relative to it, so any base path works. */
export const GET: APIRoute = () => {
  const icons = (['icon-192', 'icon-512'] as const).map((name) => ({
    src: `icons/${name}.png`,
    sizes: `${ICON_SIZES[name]}x${ICON_SIZES[name]}`,
    type: 'image/png',
  }));
  const manifest = {
    name: edition.name,
    short_name: edition.shortName,
    lang: 'zh-CN',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: '#fdfcf8',
    theme_color: edition.colour,
    icons,
  };
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, { headers: { 'Content-Type': 'application/manifest+json' } });
};
