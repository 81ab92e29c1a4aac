import { getEntry } from 'astro:content';
import { getCardRules } from './card-rules.ts';
import { getHotlines, type Hotline } from './hotlines.ts';
import type { PrintableData } from './schemas/print.ts';
import { checkContentWords } from './word-checks.ts';

/**
 * A printable's words (content/print/<id>.yaml) with the hotlines, rules and checklist it
 * names resolved. Its words, sources and hotline lists were checked with every channel's
 * (./word-checks.ts); a printable the content lacks fails the build, naming the file.
 */
export const PRINTABLES = ['scam-poster', 'shops-poster', 'wallet-cards', 'fact-sheet'] as const;
export type PrintableId = (typeof PRINTABLES)[number];

export interface PrintedHotlines {
  title: string;
  /** Numbers to call, large: those listed, then the edition's own. */
  call: Hotline[];
  /** Numbers to know, not to call (12381), each printed with what it does instead. */
  know: Hotline[];
  /** Their own heading, so they never sit under the title of the numbers to call. */
  knowTitle: string;
}

export interface Printable extends Omit<PrintableData, 'hotlines'> {
  id: PrintableId;
  hotlines: PrintedHotlines | undefined;
  /** The three rules, when the sheet shows them (`rulesTitle`). */
  rules: string[];
  /** The `remember` lines of the article named by `checklistFrom`. */
  checklist: string[];
}

export async function getPrintable(id: PrintableId): Promise<Printable> {
  await checkContentWords();
  const entry = await getEntry('printables', id);
  if (!entry) throw new Error(`content/print/${id}.yaml is missing: every edition has the words of its printables there (see the other files in content/print/).`);
  const all = await getHotlines();
  const hotlines = new Map(all.map((hotline) => [hotline.id, hotline]));
  const local = all.filter((hotline) => hotline.from === 'edition');
  const resolve = (ids: readonly string[]) => ids.map((hotlineId) => hotlines.get(hotlineId)!);
  const { hotlines: listed, ...data } = entry.data;
  const checklistArticle = data.checklistFrom ? await getEntry('articles', data.checklistFrom) : undefined;
  const know = listed ? [...resolve(listed.know), ...local.filter((hotline) => !hotline.callable && !listed.know.includes(hotline.id))] : [];
  if (listed && know.length > 0 && !listed.knowTitle) {
    throw new Error(`content/print/${id}.yaml: hotlines.knowTitle is missing; the edition adds a number not to call (${know.map((hotline) => hotline.number).join(', ')}), and it prints under its own heading.`);
  }
  return {
    ...data,
    id,
    hotlines: listed
      ? {
          title: listed.title,
          call: [...resolve(listed.call), ...local.filter((hotline) => hotline.callable && !listed.call.includes(hotline.id))],
          know,
          knowTitle: listed.knowTitle ?? '',
        }
      : undefined,
    rules: data.rulesTitle ? await getCardRules() : [],
    checklist: checklistArticle?.data.remember ?? [],
  };
}

/** Whether the content has the article a printable's checklist comes from (an edition may drop it, and with it the poster). */
export async function hasChecklist(id: PrintableId): Promise<boolean> {
  const entry = await getEntry('printables', id);
  return Boolean(entry?.data.checklistFrom && (await getEntry('articles', entry.data.checklistFrom)));
}

type TextField = 'headline' | 'line' | 'rulesTitle' | 'rememberTitle' | 'scan' | 'note';

/** A field a sheet cannot print without; missing, the build stops and names the file and the field. */
export function printed(printable: Printable, field: TextField): string {
  const value = printable[field];
  if (value === undefined) throw new Error(`content/print/${printable.id}.yaml: ${field} is missing; ${printable.title} prints it.`);
  return value;
}
