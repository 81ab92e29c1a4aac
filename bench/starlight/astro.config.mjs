// A yardstick for `npm run bench`: Starlight with its defaults (its own layout, its default
// Pagefind search, no service worker), fed the same articles as the site (CONTENT_ROOT).
// The site aims to cost a phone no more than this (README, 性能测量).
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { plainTags } from './plain-tags.mjs';

export default defineConfig({
  integrations: [starlight({ title: '快递面单防骗课堂', locales: { root: { label: '简体中文', lang: 'zh-CN' } } })],
  markdown: { remarkPlugins: [plainTags] },
  build: { format: 'directory' },
  cacheDir: process.env['STARLIGHT_CACHE_DIR'] ?? './node_modules/.astro',
  devToolbar: { enabled: false },
});
