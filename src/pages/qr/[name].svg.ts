import type { APIRoute, GetStaticPaths } from 'astro';
import { getSitePages, qrName } from '../../content/site-pages.ts';
import { qrMatrix, qrToSvgPath } from '../../lib/qr.ts';
import { absoluteUrl } from '../../lib/url.ts';

/** A QR code for every public page's address, as SVG for the web and for print. */
export const getStaticPaths = (async () =>
  (await getSitePages()).map((page) => ({ params: { name: qrName(page.path) }, props: { path: page.path } }))) satisfies GetStaticPaths;

export function qrSvg(url: string): string {
  const matrix = qrMatrix(url);
  const n = matrix.length;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="-4 -4 ${n + 8} ${n + 8}" width="${(n + 8) * 8}" height="${(n + 8) * 8}" shape-rendering="crispEdges"><rect x="-4" y="-4" width="${n + 8}" height="${n + 8}" fill="#fff"/><path d="${qrToSvgPath(matrix)}" fill="#000"/></svg>`;
}

export const GET: APIRoute = ({ props, site }) =>
  new Response(qrSvg(absoluteUrl((props as { path: string }).path, site!)), { headers: { 'Content-Type': 'image/svg+xml' } });
