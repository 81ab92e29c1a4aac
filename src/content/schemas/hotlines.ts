import { z } from 'astro/zod';
import { kebabId } from './fields.ts';

/** A number to call or know of: content/hotlines/hotlines.yaml. */
export const hotlineSchema = z.strictObject({
  number: z.string().regex(/^\d{3,12}$/, { message: 'A hotline number is digits only' }),
  name: z.string().min(2),
  when: z.string().min(4),
  what: z.string().min(4),
  order: z.int().min(1),
  /** false for numbers that only send messages (12381): they get no tel: link. */
  callable: z.boolean().default(true),
  /** Ids in content/sources/sources.yaml backing what the entry says; an article showing the list cites them. */
  sources: z.array(kebabId('Each source')).min(1, { message: 'Name at least one source for what a hotline entry says' }),
});
