// The yardstick for `npm run bench`: a plain Astro + MDX build of the same articles with
// no layout, components, images or build steps of ours, then Pagefind with its defaults.
// Our build should cost no more than 1.5 times this (README, 性能测量).
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  integrations: [mdx()],
  markdown: { syntaxHighlight: false },
  build: { format: 'directory' },
  cacheDir: process.env['BASELINE_CACHE_DIR'] ?? './node_modules/.astro',
  devToolbar: { enabled: false },
});
