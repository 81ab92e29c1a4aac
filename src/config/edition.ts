import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';

/**
 * The identity of this edition of the site (its name, who publishes it, its logo, brand
 * colour, local numbers, where to send corrections and its address), read from
 * content/edition.yaml, the one place it is written. Build-time only: it reads a file,
 * so browser scripts get what they need from the markup their component renders.
 */
/** A number the edition adds (its station's or district's line), shown after 110 and 96110. */
const localHotlineSchema = z.strictObject({
  number: z.string().regex(/^\d{3,12}$/, { message: 'A hotline number is digits only, e.g. "057112345678"' }),
  name: z.string().trim().min(2, { message: 'Every local number needs a `name` (who answers it)' }),
  when: z.string().trim().min(4, { message: 'Say in `when` when to call it' }),
  /** A few words on when to call it, for the help line at the foot of every page; without it, the name. */
  brief: z.string().trim().min(4).max(16).optional(),
  callable: z.boolean().default(true),
  /** For a number not to call (it only sends texts): what it does instead. */
  instead: z.string().trim().min(4).max(20).optional(),
});

const editionSchema = z.strictObject({
  name: z.string().trim().min(1, { message: 'Write the site\'s name in `name`' }),
  shortName: z.string().trim().min(1).max(12, { message: '`shortName` is shown under a home-screen icon: keep it to 12 characters' }).optional(),
  /** Who publishes this edition: "某某市公安局某某分局反诈中心". */
  organisation: z.string().trim().min(2).max(40).optional(),
  /** An SVG file under content/edition/, e.g. edition/logo.svg. */
  logo: z
    .string()
    .regex(/^edition\/[a-z0-9-]+\.svg$/, { message: '`logo` is an SVG file under content/edition/, written as edition/<name>.svg' })
    .optional(),
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, { message: 'Write `colour` as six hex digits after "#", e.g. "#1a6b3c"' }),
  /** Local numbers, each with its name and when to call it. */
  hotlines: z.array(localHotlineSchema).default([]),
  /** Where a reader of a printable gets more copies: "本分局一楼服务台，免费领取". */
  copies: z.string().trim().min(4).max(30, { message: '`copies` is printed on every sheet: keep it to 30 characters' }).optional(),
  /** Where readers send corrections: an address, a phone or an official account's name. */
  contact: z.string().trim().min(4).max(60).optional(),
  /** The address the edition is published at; SITE_URL, when set, wins. */
  siteUrl: z.url({ message: '`siteUrl` is a full address, e.g. https://fangpian.example.gov.cn' }).optional(),
});

export type Edition = z.infer<typeof editionSchema> & { shortName: string };
export type LocalHotline = z.infer<typeof localHotlineSchema>;

/** A logo must be a readable SVG file: it is drawn into icons, covers and printables. */
function logoProblems(logo: string | undefined, root: string): string[] {
  if (!logo) return [];
  const path = join(root, logo);
  if (!existsSync(path)) return [`logo: ${logo} is not there (looked for ${path})`];
  const text = readFileSync(path, 'utf8');
  if (!/<svg[\s>]/.test(text.slice(0, 2000))) return [`logo: ${logo} is not an SVG drawing (no <svg> element at its start)`];
  if (/<script|\son[a-z]+\s*=|<foreignObject/i.test(text)) return [`logo: ${logo} holds a script or an event handler; a logo is a drawing only`];
  return [];
}

/** Reads and checks an edition file; a mistake names the file and the field. */
export function readEdition(file: string): Edition {
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
  const result = editionSchema.safeParse(data);
  const problems = result.success ? logoProblems(result.data.logo, dirname(file)) : result.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`);
  if (!result.success || problems.length > 0) {
    throw new Error(`${file} is not a valid edition:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
  return { ...result.data, shortName: result.data.shortName ?? result.data.name.slice(0, 12) };
}

// CONTENT_ROOT points the build at another content folder (the build tests, the large site).
const contentRoot = process.env['CONTENT_ROOT'] ?? 'content';
export const edition: Edition = readEdition(join(contentRoot, 'edition.yaml'));

/** Whether the edition says who hands out its printables (organisation, copies or contact): their block is printed only then. */
export const editionHasPublisher = Boolean(edition.organisation || edition.copies || edition.contact);

/** The edition's logo as SVG markup to place inline (no request, follows the page's size), or undefined. */
export function editionLogoSvg(): string | undefined {
  if (!edition.logo) return undefined;
  const text = readFileSync(join(contentRoot, edition.logo), 'utf8');
  return text.slice(text.search(/<svg[\s>]/)).replace(/<svg/, '<svg aria-hidden="true" focusable="false"');
}

/** The original project (content/upstream.yaml), which an edition credits in one line on 关于本站. */
const upstreamSchema = z.strictObject({
  name: z.string().trim().min(1),
  codeLicence: z.string().trim().min(2),
  contentLicence: z.string().trim().min(2),
  contentLicenceUrl: z.url().optional(),
});
export type Upstream = z.infer<typeof upstreamSchema>;

function readUpstream(file: string): Upstream | undefined {
  if (!existsSync(file)) return undefined;
  const result = upstreamSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!result.success) throw new Error(`${file}: ${result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  return result.data;
}

export const upstream: Upstream | undefined = readUpstream(join(contentRoot, 'upstream.yaml'));

/** Whether this build is an edition of the original project rather than the original itself. */
export const isEdition = upstream !== undefined && upstream.name !== edition.name;
