import { z } from 'astro/zod';
import { kebabId } from './fields.ts';

/** A number to call or know of: content/hotlines/hotlines.yaml. */
export const hotlineSchema = z
  .strictObject({
    number: z.string().regex(/^\d{3,12}$/, { message: 'A hotline number is digits only' }),
    /** The one name the site uses for this number, everywhere. */
    name: z.string().min(2),
    when: z.string().min(4),
    /** When to call it, in a few words, for the one-line help at the foot of every page ("已经被骗，马上报警"). */
    brief: z.string().min(4).max(16, { message: 'brief is the few words before the number in the footer: 16 characters at most' }).optional(),
    what: z.string().min(4),
    order: z.int().min(1),
    /** false for numbers that only send messages (12381): never listed among numbers to call, never a tel: link. */
    callable: z.boolean().default(true),
    /** For a number that is not called: what it does instead, in a few words, shown beside it wherever it is listed. */
    instead: z.string().min(4).max(20, { message: 'instead is a few words beside the number: 20 characters at most' }).optional(),
    /** Words only this entry's name may use in the site's text ("专线" for 反诈预警劝阻专线), so the number keeps one name. */
    reservedWords: z.array(z.string().min(2)).default([]),
    /** Ids in content/sources/sources.yaml backing what the entry says; an article showing the list cites them. */
    sources: z.array(kebabId('Each source')).min(1, { message: 'Name at least one source for what a hotline entry says' }),
  })
  .superRefine((hotline, ctx) => {
    if (!hotline.callable && !hotline.instead) {
      ctx.addIssue({ code: 'custom', path: ['instead'], message: 'A number that is not called (callable: false) says what it does instead, e.g. instead: 只发短信，不用拨打' });
    }
    for (const word of hotline.reservedWords) {
      if (!hotline.name.includes(word)) {
        ctx.addIssue({ code: 'custom', path: ['reservedWords'], message: `"${word}" is reserved for this entry's name, but the name "${hotline.name}" does not contain it` });
      }
    }
  });
export type HotlineData = z.infer<typeof hotlineSchema>;
