import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { siteName } from '../../../config/site.ts';
import { categoryLabels } from '../../../i18n/ui.ts';
import { COVER_SIZES, renderCover, type CoverShape } from '../../../lib/share/images.ts';

/** Share covers for every article: /covers/<slug>/wide.png (900×383) and square.png (600×600). */
export const getStaticPaths = (async () => {
  const articles = await getCollection('articles');
  return articles.flatMap((article) =>
    (Object.keys(COVER_SIZES) as CoverShape[]).map((shape) => ({ params: { slug: article.id, shape }, props: { article } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const { article } = props as { article: Awaited<ReturnType<typeof getCollection<'articles'>>>[number] };
  const png = await renderCover(article.data.title, categoryLabels[article.data.category], siteName, params['shape'] as CoverShape);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
