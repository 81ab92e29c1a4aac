import { z } from 'astro/zod';

/** The word lists of content/search/: suggested searches, synonyms, question words and tool intents. */

/** A tappable suggested search ("大家常搜"). */
export const searchSuggestionSchema = z.strictObject({
  order: z.int().min(1),
  query: z.string().min(1).max(12, { message: 'A suggested search must fit on a chip: 12 characters at most' }),
  /** The same search as a visitor would ask it, on the kiosk's buttons (it has no keyboard); without it the kiosk shows the query. */
  question: z.string().min(4).max(20, { message: 'A question is one large button on the kiosk: 20 characters at most' }).optional(),
});

/** A word as the search compares it: queries are normalised (NFKC, lower case) before matching. */
const searchWord = (field: string) =>
  z
    .string()
    .min(1)
    .refine((value) => value === value.normalize('NFKC').toLowerCase().trim() && !/\s/u.test(value), {
      message: `Write each of \`${field}\` in lower case with half-width letters and digits and no spaces, as the search normalises queries`,
    });

/** Another way people write a word: a page containing any `means` entry matches `written`. */
export const searchSynonymSchema = z.strictObject({
  written: searchWord('written'),
  means: z.array(z.string().min(1)).min(1),
});

/**
 * Words that make a query a question ("怎么办", "吗") and carry no topic; search drops them.
 * `asks: definition` marks words that ask what something means ("是什么").
 */
export const searchQuestionWordsSchema = z.strictObject({
  asks: z.enum(['definition']).optional(),
  words: z.array(searchWord('words')).min(1),
});

/** A tool page and the words people use for what it does; they count as if in its title. */
export const searchIntentSchema = z.strictObject({
  page: z
    .string()
    .regex(/^\/([a-z0-9-]+\/)*$/u, { message: 'Write `page` as a path of this site without the base, starting and ending with "/" (e.g. /quiz/)' }),
  words: z.array(searchWord('words')).min(1),
});
