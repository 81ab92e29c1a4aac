import type { APIRoute } from 'astro';
import { editionMarkSvg } from '../integration/images/edition-mark.ts';

/** The browser tab's icon: the edition's mark (its logo, or the default mark in its colour). */
export const GET: APIRoute = () => new Response(editionMarkSvg(), { headers: { 'Content-Type': 'image/svg+xml' } });
