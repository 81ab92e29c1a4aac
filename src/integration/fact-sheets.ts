import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { escapeHtml } from '../lib/escape-html.ts';

/**
 * The printed fact sheets (/print/articles/<id>/) differ only in the article's id, title
 * and lines to remember. Astro renders the page once with these stand-ins
 * (src/pages/print/articles/[id].astro) and lists every article's words in a manifest
 * (fact-sheets.json.ts); this step writes one page per article and removes both. At 300
 * articles, rendering 300 sheets through Astro cost as much as the WeChat pages had.
 */
export const FACT_SHEET_TEMPLATE = { id: 'FACT_SHEET_ID', title: 'FACT_SHEET_TITLE', line: 'FACT_SHEET_LINE' } as const;
export const FACT_SHEET_MANIFEST = 'print/articles/fact-sheets.json';

export interface FactSheet {
  id: string;
  title: string;
  remember: string[];
}

const pagePath = (id: string) => `print/articles/${id}/index.html`;

/** One article's fact sheet, from the page rendered with the stand-ins: the one stand-in line becomes one list item per line. */
export function factSheetPage(template: string, sheet: FactSheet): string {
  const lines = template.replace(new RegExp(`<li([^>]*)>${FACT_SHEET_TEMPLATE.line}</li>`), (_item, attributes: string) =>
    sheet.remember.map((line) => `<li${attributes}>${escapeHtml(line)}</li>`).join(''),
  );
  return lines.replaceAll(FACT_SHEET_TEMPLATE.id, sheet.id).replaceAll(FACT_SHEET_TEMPLATE.title, escapeHtml(sheet.title));
}

/** Writes every article's fact sheet; returns how many. */
export async function writeFactSheets(outDir: string): Promise<number> {
  const templateFile = join(outDir, pagePath(FACT_SHEET_TEMPLATE.id));
  const manifestFile = join(outDir, FACT_SHEET_MANIFEST);
  const [template, manifest] = await Promise.all([readFile(templateFile, 'utf8'), readFile(manifestFile, 'utf8')]);
  await Promise.all([rm(dirname(templateFile), { recursive: true }), rm(manifestFile)]);
  const sheets = JSON.parse(manifest) as FactSheet[];
  await Promise.all(
    sheets.map(async (sheet) => {
      const file = join(outDir, pagePath(sheet.id));
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, factSheetPage(template, sheet));
    }),
  );
  return sheets.length;
}
