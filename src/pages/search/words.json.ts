import type { APIRoute } from 'astro';
import { getSearchWords } from '../../content/search-words.ts';

/** search/words.json: the word lists the search reads queries with (src/lib/search/words.ts). */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getSearchWords()), { headers: { 'Content-Type': 'application/json' } });
