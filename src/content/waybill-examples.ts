import { getCollection, getEntry } from 'astro:content';
import type { WaybillFields } from '../lib/waybill.ts';

/** The privacy-waybill tool's examples (content/tools/waybill-examples.yaml): `make` and `check`. */
export async function getWaybillExample(id: 'make' | 'check'): Promise<WaybillFields> {
  const entry = await getEntry('waybillExamples', id);
  if (!entry) throw new Error(`content/tools/waybill-examples.yaml has no "${id}" example: the waybill tool needs both "make" and "check".`);
  return entry.data;
}

/** The labels a kiosk visitor taps instead of typing: the mode's example, then its numbered ones (`make-2`, …), in the file's order. */
export async function getWaybillSamples(mode: 'make' | 'check'): Promise<WaybillFields[]> {
  const entries = (await getCollection('waybillExamples')).filter((entry) => entry.id === mode || entry.id.startsWith(`${mode}-`));
  // The example named after the mode comes first: the tool's fields start out holding it, so
  // the first sample shown checked is the one the hidden fields really hold.
  const first = (id: string) => (id === mode ? 0 : 1);
  return entries.sort((a, b) => first(a.id) - first(b.id)).map((entry) => entry.data);
}
