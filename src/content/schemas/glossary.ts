import { z } from 'astro/zod';
import { kebabId } from './fields.ts';

/**
 * A term older readers may not know (content/glossary/glossary.yaml), explained in plain
 * words. Articles link its first use with <Term>.
 */
export const glossarySchema = z.strictObject({
  term: z.string().min(1).max(12, { message: 'A glossary term is a word or short phrase: 12 characters at most' }),
  /** Other ways articles write the same term (加微信 for 加V); <Term> finds the entry by any of them. */
  aliases: z.array(z.string().min(1)).default([]),
  explanation: z
    .string()
    .min(10)
    .refine((text) => (text.match(/[。！？]/g) ?? []).length <= 2 && /[。！？]$/.test(text), {
      message: 'Explain the term in one or two full sentences, each ending with 。！ or ？',
    }),
  /** Ids in content/sources/sources.yaml the explanation rests on (a hotline, a law, a report); the glossary shows them. */
  sources: z.array(kebabId('Each source')).default([]),
  /** The article (and heading) that teaches the term: /articles/<id>/ or /articles/<id>/#<heading>. */
  article: z
    .string()
    .regex(/^\/articles\/[a-z0-9-]+\/(#[^\s#]+)?$/, { message: 'article must look like /articles/police-tips/#heading-id' })
    .optional(),
});
export type GlossaryData = z.infer<typeof glossarySchema>;
