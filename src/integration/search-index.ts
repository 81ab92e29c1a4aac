import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';

// Pagefind also writes its ready-made search UIs; the site has its own (src/client/search),
// so they are removed to keep the published folder to what is used.
const UNUSED_UI_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/**
 * Indexes the built pages with Pagefind, so search knows exactly the HTML a visitor gets.
 * Only elements marked data-pagefind-body are indexed: navigation, footers and the 404
 * page stay out of results.
 */
export async function indexSearch(outDir: string): Promise<number> {
  const { index, errors } = await createIndex({ forceLanguage: 'zh-cn' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
    if (added.page_count === 0) throw new Error(`Pagefind found no pages with data-pagefind-body in ${outDir}.`);
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    await Promise.all(UNUSED_UI_FILES.map((file) => rm(join(outDir, 'pagefind', file), { force: true })));
    return added.page_count;
  } finally {
    await close();
  }
}
