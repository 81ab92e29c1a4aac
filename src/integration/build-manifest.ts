import { readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';

/**
 * What the build steps after rendering need to know of the site, gathered once from the
 * content by a route of this integration (routes/build-manifest.ts) and handed to each step:
 * the steps never read it back from the pages they publish.
 */
const articleSchema = z.strictObject({
  slug: z.string(),
  title: z.string(),
  /** Its description (at most 120 characters, the 公众号 摘要's limit too). */
  summary: z.string().max(120),
  /** The words above the title on its share covers: the category's name. */
  kicker: z.string(),
  /** The lines of the printed fact sheet. */
  remember: z.array(z.string()),
});

const manifestSchema = z.strictObject({
  /** Every public page (the sitemap's), site paths without the base: each gets a QR code (SVG, for the web and print). */
  publicPages: z.array(z.string()),
  /**
   * The pages a 公众号 post shows a QR code of, which the editor takes only as PNG: every
   * article (its post's closing card) and every call simulation (the 扫码体验 cards).
   */
  wechatQrPages: z.array(z.string()),
  /** The pages of the offline copy (src/content/offline-pages.ts): `shell`, kept after a first visit; `saved`, the rest, kept when the reader asks. */
  offlinePages: z.strictObject({ shell: z.array(z.string()), saved: z.array(z.string()) }),
  /** The pages content/search/intents.yaml sends searches to. */
  searchIntentPages: z.array(z.string()),
  articles: z.array(articleSchema),
});

export type BuildManifest = z.infer<typeof manifestSchema>;
export type ManifestArticle = z.infer<typeof articleSchema>;

/** Where the route is, and the route pattern it is built from. */
export const BUILD_MANIFEST_ROUTE = '/build-manifest.json';

/**
 * The manifest as the route wrote it, removed from the published folder. `assets` is what
 * Astro's build:done hook gives: the files each route pattern was written to.
 */
export async function takeBuildManifest(assets: Map<string, URL[]>): Promise<BuildManifest> {
  const file = onlyFileOf(assets, BUILD_MANIFEST_ROUTE);
  const manifest = manifestSchema.parse(JSON.parse(await readFile(file, 'utf8')));
  await rm(file);
  return manifest;
}

/** The one file Astro wrote for a route rendered once; fails the build when there is not exactly one. */
export function onlyFileOf(assets: Map<string, URL[]>, route: string): string {
  const files = assets.get(route) ?? [];
  if (files.length !== 1) throw new Error(`The build expected the route ${route} to be written once, and found ${files.length} files.`);
  return fileURLToPath(files[0]!);
}
