import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';

/**
 * The identity of this edition of the site (its name, short name and brand colour), read
 * from content/edition.yaml, the one place it is written. Build-time only: it reads a file,
 * so browser scripts get what they need from the markup their component renders.
 */
const editionSchema = z.strictObject({
  name: z.string().trim().min(1, { message: 'Write the site\'s name in `name`' }),
  shortName: z.string().trim().min(1).max(12, { message: '`shortName` is shown under a home-screen icon: keep it to 12 characters' }),
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, { message: 'Write `colour` as six hex digits after "#", e.g. "#1a6b3c"' }),
});

export type Edition = z.infer<typeof editionSchema>;

/** Reads and checks an edition file; a mistake names the file and the field. */
export function readEdition(file: string): Edition {
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
  const result = editionSchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  - ${issue.path.join('.') || '(file)'}: ${issue.message}`);
    throw new Error(`${file} is not a valid edition:\n${problems.join('\n')}`);
  }
  return result.data;
}

// CONTENT_ROOT points the build at another content folder (the build tests, the large site).
export const edition: Edition = readEdition(join(process.env['CONTENT_ROOT'] ?? 'content', 'edition.yaml'));
