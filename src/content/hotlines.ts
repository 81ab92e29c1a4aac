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
export const localHotlineId = (number: string) => `local-${number}`;

export async function getHotlines(): Promise<Hotline[]> {
  const national = sortByOrder(await getCollection('hotlines')).map((entry): Hotline => ({ id: entry.id, ...entry.data, from: 'sources' }));
  const local = edition.hotlines.map(
    (hotline, index): Hotline => ({
      id: localHotlineId(hotline.number),
      number: hotline.number,
      name: hotline.name,
      when: hotline.when,
      what: '',
      instead: hotline.instead,
      callable: hotline.callable,
      order: 0.5 + index,
      reservedWords: [],
      sources: [],
      from: 'edition',
    }),
  );
  return [...national.filter((hotline) => hotline.callable), ...local, ...national.filter((hotline) => !hotline.callable)];
}

/** The edition's local numbers, as the hotlines they are. */
export async function getLocalHotlines(): Promise<Hotline[]> {
  return (await getHotlines()).filter((hotline) => hotline.from === 'edition');
}
