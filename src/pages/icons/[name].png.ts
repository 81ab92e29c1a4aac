import type { APIRoute, GetStaticPaths } from 'astro';
import logo from '../../../public/favicon.svg?raw';
import { siteName } from '../../config/site.ts';
import { ui } from '../../i18n/ui.ts';
import { ICON_SIZES, renderIcon, renderShareCard, type IconName } from '../../lib/share/images.ts';

/**
 * /icons/<name>.png: the app icons drawn from public/favicon.svg, and the site's share card,
 * through the same pipeline as the article covers, so a new logo needs no extra step.
 */
const SHARE_CARD = 'share-card';

export const getStaticPaths = (() =>
  [...Object.keys(ICON_SIZES), SHARE_CARD].map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const name = params['name']!;
  const png = name === SHARE_CARD ? await renderShareCard(siteName, ui.shareCardTagline, logo) : await renderIcon(logo, name as IconName);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
