import { z } from 'astro/zod';

/**
 * Field rules several kinds of content share. Every schema is strict, so that a typo in
 * frontmatter or YAML fails the build with the field named, instead of silently dropping a
 * source or a date; each message says what to write instead.
 */

/** A calendar date as written by people: a year, a month, or a day ("2022", "2022-11", "2022-11-05"). */
export const partialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
    message: 'Write the date as YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2023-09-20',
  });

export const kebabId = (what: string) =>
  z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: `${what} must be a kebab-case id, e.g. wujiang-case` });

/**
 * A link into an article ("/articles/<id>/" or "/articles/<id>/#<heading-id>") or to a
 * glossary entry ("/glossary/#<term-id>"). Checked against the built headings and terms.
 */
export const learnMoreSchema = z.strictObject({
  href: z.string().regex(/^\/(articles\/[a-z0-9-]+\/(#[^\s#]+)?|glossary\/#[a-z0-9-]+)$/, {
    message: 'learnMore.href must look like /articles/police-tips/#heading-id or /glossary/#term-id',
  }),
  label: z.string().min(2),
});
