import { getEntry } from 'astro:content';
import type { WaybillFields } from '../lib/waybill.ts';

/** The privacy-waybill tool's examples (content/tools/waybill-examples.yaml): `make` and `check`. */
export async function getWaybillExample(id: 'make' | 'check'): Promise<WaybillFields> {
  const entry = await getEntry('waybillExamples', id);
  if (!entry) throw new Error(`content/tools/waybill-examples.yaml has no "${id}" example: the waybill tool needs both "make" and "check".`);
  return entry.data;
}
