import { getCollection } from 'astro:content';
import { edition } from '../config/edition.ts';
import { sortByOrder } from '../lib/ordering.ts';
import type { HotlineData } from './schemas/hotlines.ts';

/**
 * Every number the site shows, in the order it shows them: the numbers of
 * content/hotlines/ that can be called (110, 96110), then the edition's own local numbers
 * (content/edition.yaml `hotlines`), then the numbers that are only to know (12381). Every
 * list of numbers (site, print, talk, kiosk, WeChat) comes through here, so a station's
 * own line appears wherever the national ones do.
 */
export interface Hotline extends HotlineData {
  id: string;
  /** `edition` for a number the edition adds: its source is the publishing organisation (本单位提供). */
  from: 'sources' | 'edition';
}

/** The id a local number is known by in printables and slides: local-<number>. */
const localHotlineId = (number: string) => `local-${number}`;

export async function getHotlines(): Promise<Hotline[]> {
  const national = sortByOrder(await getCollection('hotlines')).map((entry): Hotline => ({ id: entry.id, ...entry.data, from: 'sources' }));
  const local = edition.hotlines.map(
    (hotline, index): Hotline => ({
      id: localHotlineId(hotline.number),
      number: hotline.number,
      name: hotline.name,
      when: hotline.when,
      brief: hotline.brief,
      what: '',
      instead: hotline.instead,
      callable: hotline.callable,
      // Placed by this function, after the callable national numbers; `order` is not read again.
      order: index + 1,
      reservedWords: [],
      sources: [],
      from: 'edition',
    }),
  );
  return [...national.filter((hotline) => hotline.callable), ...local, ...national.filter((hotline) => !hotline.callable)];
}
