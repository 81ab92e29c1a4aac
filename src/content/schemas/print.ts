import { z } from 'astro/zod';
import { kebabId } from './fields.ts';

/**
 * A printable's words: content/print/<id>.yaml, one file per printable (scam-poster,
 * shops-poster, wallet-cards, fact-sheet). What a sheet says is content, with its sources,
 * like an article's; how to print it is the UI's.
 */
const hotlinesOnPaperSchema = z.strictObject({
  /** The heading over the numbers ("求助电话"). */
  title: z.string().min(2).max(16),
  /** Ids in content/hotlines/hotlines.yaml to print as numbers to call, in this order. Each must be callable. */
  call: z.array(kebabId('Each hotline')).min(1, { message: 'List at least one number to call' }),
  /** Numbers to know but not to call (12381): printed smaller, each with what it does instead. */
  know: z.array(kebabId('Each hotline')).default([]),
  /** The heading over those, apart from the numbers to call, so none is read as one to ring. */
  knowTitle: z.string().min(2).max(16).optional(),
}).refine((hotlines) => hotlines.know.length === 0 || hotlines.knowTitle !== undefined, {
  message: 'Numbers in `know` print under their own heading: add `knowTitle` (e.g. "认识这个短信号码")',
  path: ['knowTitle'],
});

export const printableSchema = z.strictObject({
  /** Its name on /print/ and in the browser's title bar. */
  title: z.string().min(2).max(30),
  /** One line on /print/: where it goes and who it is for. */
  lead: z.string().min(10),
  /** The big line at the top of a poster. */
  headline: z.string().min(2).max(24).optional(),
  /** The line under the headline. */
  line: z.string().min(4).max(40).optional(),
  /** A heading over the three rules of content/tips/ (the tips with a `card` line); the sheet shows them when set. */
  rulesTitle: z.string().min(2).max(16).optional(),
  /** An article whose `remember` lines are the sheet's checklist (the shops' poster: for-shops). */
  checklistFrom: kebabId('checklistFrom').optional(),
  /** The heading over an article's `remember` lines, on its fact sheet. */
  rememberTitle: z.string().min(2).max(16).optional(),
  /** The caption under the QR code. */
  scan: z.string().min(2).max(16).optional(),
  /** The small print at the foot of the sheet. */
  note: z.string().min(4).optional(),
  hotlines: hotlinesOnPaperSchema.optional(),
  /** Ids in content/sources/sources.yaml for everything the sheet says, its hotlines and rules included. */
  sources: z.array(kebabId('Each source')).min(1, { message: 'List the sources the printable rests on' }),
});
export type PrintableData = z.infer<typeof printableSchema>;
