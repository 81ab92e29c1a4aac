import type { APIRoute } from 'astro';
import { getArticles } from '../../../content/articles.ts';
import type { FactSheet } from '../../../integration/fact-sheets.ts';

/** Every article's words for its fact sheet, for the build step that writes the sheets (src/integration/fact-sheets.ts), which deletes this file. */
export const GET: APIRoute = async () => {
  const sheets: FactSheet[] = (await getArticles()).map((article) => ({ id: article.id, title: article.data.title, remember: article.data.remember }));
  return new Response(JSON.stringify(sheets), { headers: { 'Content-Type': 'application/json' } });
};
