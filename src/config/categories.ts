/**
 * The kinds of article, tool and page the site files its pages under. Content checks an
 * article's `category` against these; the UI strings name each.
 */
export const CATEGORY_IDS = ['case', 'waybill', 'tips', 'quiz', 'tool'] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];
