import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { factSheetTemplate } from '../lib/render-once/pages.ts';
import { onlyFileOf, type ManifestArticle } from './build-manifest.ts';

/**
 * Writes the printed fact sheets (/print/articles/<id>/), which differ only in the
 * article's id, title and lines to remember, from the template Astro rendered once
 * (src/pages/print/articles/[id].astro). Returns how many.
 */
export async function writeFactSheets(outDir: string, assets: Map<string, URL[]>, articles: readonly ManifestArticle[]): Promise<number> {
  const templateFile = onlyFileOf(assets, factSheetTemplate.route);
  const template = await readFile(templateFile, 'utf8');
  await rm(dirname(templateFile), { recursive: true });
  await Promise.all(
    articles.map(async ({ slug, title, remember }) => {
      const file = join(outDir, 'print', 'articles', slug, 'index.html');
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, factSheetTemplate.fill(template, { id: slug, title, remember }));
    }),
  );
  return articles.length;
}
