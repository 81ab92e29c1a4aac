import { escapeHtml } from '../escape-html.ts';

/**
 * Pages that differ only in a few words per article (the WeChat copy page, the printed fact
 * sheet) are rendered by Astro once, as a template, and written per article by the build:
 * at 300 articles, rendering each copy through the layout cost about an eighth of the build.
 *
 * A template is rendered with slot marks where the words go. The marks are delimited by
 * characters from Unicode's private use area, which no content or markup of ours contains,
 * so filling never mistakes page text for a slot. Every slot is named and typed: the page
 * can only show a slot its template declares, the build must give a value for each, and a
 * mark left in the output fails the build.
 */
const OPEN = '\u{E000}';
const CLOSE = '\u{E001}';
/** The same marks inside a URL (a canonical link, a QR code's address), where the build percent-encodes them. */
const OPEN_IN_URL = encodeURIComponent(OPEN);
const CLOSE_IN_URL = encodeURIComponent(CLOSE);
const MARK = new RegExp(`(?:${OPEN}|(${OPEN_IN_URL}))([A-Za-z]+)(?::(start|item|end))?(?:${CLOSE}|${CLOSE_IN_URL})`, 'g');

/** The marks of a list slot: the markup between `start` and `end` is repeated once per value, with `item` replaced. */
export interface ListMarks {
  start: string;
  item: string;
  end: string;
}

export interface PageTemplate<Text extends string, List extends string> {
  /** What the page renders in place of each slot. */
  marks: { [K in Text]: string } & { [K in List]: ListMarks };
  /** The page for one article: every mark replaced by its value, escaped as text. */
  fill(template: string, values: { [K in Text]: string } & { [K in List]: readonly string[] }): string;
}

export function defineTemplate<const Text extends string, const List extends string = never>(
  name: string,
  slots: { text: readonly Text[]; lists?: readonly List[] },
): PageTemplate<Text, List> {
  const lists: readonly string[] = slots.lists ?? [];
  const marks: Record<string, string | ListMarks> = {};
  for (const slot of slots.text) marks[slot] = `${OPEN}${slot}${CLOSE}`;
  for (const slot of lists) marks[slot] = { start: `${OPEN}${slot}:start${CLOSE}`, item: `${OPEN}${slot}:item${CLOSE}`, end: `${OPEN}${slot}:end${CLOSE}` };

  const fill = (template: string, values: Record<string, string | readonly string[]>): string => {
    let page = template;
    for (const slot of lists) {
      const { start, item, end } = marks[slot] as ListMarks;
      for (let from = page.indexOf(start); from >= 0; from = page.indexOf(start)) {
        const to = page.indexOf(end, from);
        const repeated = page.slice(from + start.length, to);
        if (to < 0 || !repeated.includes(item)) throw new Error(`The ${name} template's list "${slot}" needs its start, item and end marks, in that order.`);
        const items = (values[slot] as readonly string[]).map((value) => repeated.replaceAll(item, escapeHtml(value))).join('');
        page = page.slice(0, from) + items + page.slice(to + end.length);
      }
    }
    page = page.replace(MARK, (whole, inUrl: string | undefined, slot: string, part: string | undefined) => {
      const value = values[slot];
      if (part !== undefined || typeof value !== 'string') return whole;
      return escapeHtml(inUrl ? encodeURIComponent(value) : value);
    });
    const left = [...page.matchAll(MARK)].map((match) => (match[3] ? `${match[2]}:${match[3]}` : match[2]));
    if (left.length > 0) throw new Error(`The ${name} template has slots the build did not fill: ${[...new Set(left)].join(', ')}.`);
    return page;
  };

  return { marks: marks as PageTemplate<Text, List>['marks'], fill: fill as PageTemplate<Text, List>['fill'] };
}
