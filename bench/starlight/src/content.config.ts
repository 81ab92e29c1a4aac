import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

// The same article files as the site (CONTENT_ROOT), at the same addresses (/articles/<slug>/).
const root = process.env['CONTENT_ROOT'] ?? '../../content';

export const collections = {
  docs: defineCollection({
    loader: glob({ base: `${root}/articles`, pattern: '*.mdx', generateId: ({ entry }) => `articles/${entry.replace(/\.mdx$/, '')}` }),
    schema: docsSchema(),
  }),
};
