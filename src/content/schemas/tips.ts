import { z } from 'astro/zod';
import { kebabId } from './fields.ts';

/** A tip of content/tips/police-tips.yaml: the rule, why, what the scammer says and the truth. */
export const tipSchema = z.strictObject({
  order: z.int().min(1),
  rule: z.string().min(4).max(40, { message: 'A tip rule is one short line: 40 characters at most' }),
  why: z.string().min(10),
  scammerSays: z.string().min(4),
  truth: z.string().min(4),
  /**
   * Whose words the rule is: `police` for the tips a police source gave (the first of
   * `sources` names it), `advice` for the site's own advice drawn from public material.
   */
  from: z.enum(['police', 'advice'], { message: 'from must be police (a police source said it) or advice (our own advice)' }),
  /**
   * Ids in content/sources/sources.yaml the tip's words rest on: a hotline, a law, the case.
   * A police tip lists the police source first.
   */
  sources: z.array(kebabId('Each source')).default([]),
  /** A short form for the quiz's result card ("记住三条"): exactly three tips carry one. */
  card: z.string().min(4).max(24, { message: 'A card line must fit the result card: 24 characters at most' }).optional(),
}).refine((tip) => tip.from !== 'police' || tip.sources.length > 0, {
  path: ['sources'],
  message: 'A police tip names its source: add `sources: [<id from content/sources/sources.yaml>]`',
});
