import { z } from 'astro/zod';
import { partialDate } from './fields.ts';

/**
 * One public source in content/sources/sources.yaml. Articles cite sources by id, so a
 * source is named and dated once, the same way everywhere.
 */
export const sourceSchema = z.strictObject({
  title: z.string().min(2, { message: 'Give the full title of the source' }),
  publisher: z.string().min(2, { message: 'Name who published the source (a police account, a court, a ministry…)' }),
  date: partialDate,
  url: z.url({ protocol: /^https?$/, message: 'Use a full http(s) address, or leave url out' }).optional(),
  /**
   * Words that only this kind of source can back: an article whose text contains one of
   * them must cite a source that lists it (a hotline number, a law's name, a dated figure).
   */
  mentions: z.array(z.string().min(2, { message: 'A mention is at least 2 characters, or it matches everywhere' })).default([]),
});
export type Source = z.infer<typeof sourceSchema>;
