import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { visibleText } from '../../lib/reading-time.ts';
import { buildVocabulary, intlSegmenter } from '../../lib/search/segment.ts';

/**
 * The words of our own articles, cut by Node's Intl.Segmenter at build time. Browsers
 * without Intl.Segmenter (older WeChat webviews) download this, and only they do, to
 * split Chinese queries into words (src/lib/search/segment.ts).
 */
export const GET: APIRoute = async () => {
  const segment = intlSegmenter();
  if (!segment) throw new Error('Building the search vocabulary needs Intl.Segmenter (Node 20+ with full ICU).');
  const articles = await getCollection('articles');
  const tips = await getCollection('tips');
  const suggestions = await getCollection('searchSuggestions');
  const synonyms = await getCollection('searchSynonyms');
  const texts = [
    ...articles.flatMap((article) => [article.data.title, article.data.summary, visibleText(article.body ?? '')]),
    ...tips.flatMap((tip) => [tip.data.rule, tip.data.why, tip.data.scammerSays, tip.data.truth]),
    ...suggestions.map((suggestion) => suggestion.data.query),
    ...synonyms.flatMap((synonym) => [synonym.data.written, ...synonym.data.means]),
  ];
  return new Response(JSON.stringify(buildVocabulary(texts, segment)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
