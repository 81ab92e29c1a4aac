import { Resvg } from '@resvg/resvg-js';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSitePages, qrName } from '../../content/site-pages.ts';
import { absoluteUrl } from '../../lib/url.ts';
import { qrSvg } from './[name].svg.ts';

/** The same QR codes as PNG, for WeChat posts (its editor takes no SVG and no data: images). */
export const getStaticPaths = (async () =>
  (await getSitePages()).map((page) => ({ params: { name: qrName(page.path) }, props: { path: page.path } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const svg = qrSvg(absoluteUrl((props as { path: string }).path, site!));
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: 360 }, font: { loadSystemFonts: false } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
