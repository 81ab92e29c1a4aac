import { z } from 'astro/zod';

/** What the privacy-waybill tool shows before anyone types: content/tools/waybill-examples.yaml. */
export const waybillExampleSchema = z.strictObject({
  name: z.string().min(1),
  phone: z.string().min(1),
  address: z.string().min(1),
});
