import { z } from 'astro/zod';
import { CATEGORY_IDS } from '../../config/categories.ts';
import { kebabId } from './fields.ts';

/** An article's frontmatter: content/articles/<id>.mdx. */
export const articleSchema = z.strictObject({
  title: z.string().min(2).max(40, { message: 'Keep the title under 40 characters: it is also the share-card title' }),
  description: z
    .string()
    .min(20, { message: 'The description is the search and share-card text: write at least 20 characters' })
    .max(120, { message: 'Keep the description under 120 characters: share cards cut longer text' }),
  summary: z.string().min(20, { message: 'The summary is shown under the title: write at least 20 characters' }),
  category: z.enum(CATEGORY_IDS, { message: `category must be one of: ${CATEGORY_IDS.join(', ')}` }),
  order: z.int().min(1, { message: 'order is the position in the reading path, starting at 1' }),
  updated: z.coerce.date({ message: 'updated must be a date such as 2026-11-25' }),
  /** Ids from content/sources/sources.yaml, in the order the article relies on them. */
  sources: z.array(kebabId('Each source')).min(1, { message: 'Every article lists at least one source' }),
  /** true for the few articles a newcomer reads first: the home page lists them and they work offline after one visit. */
  startHere: z.boolean().default(false),
  /**
   * The 3 to 5 things to remember, one short line each: the article's printed fact sheet
   * (/print/articles/<id>/) is made from them, beside the hotlines and a QR code.
   */
  remember: z
    .array(z.string().min(4).max(32, { message: 'A line to remember must fit one printed line: 32 characters at most' }))
    .min(3, { message: 'List 3 to 5 things to remember: they make the printed fact sheet' })
    .max(5, { message: 'List 3 to 5 things to remember: more will not fit the printed fact sheet' }),
});
export type ArticleData = z.infer<typeof articleSchema>;

/** Stand-alone pages (home, about) whose words are content, not code. */
export const pageSchema = z.strictObject({
  title: z.string().min(2).max(40),
  description: z.string().min(20).max(120),
  updated: z.coerce.date(),
});
