import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HTMLElement, NodeType, parse, type Node } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { unlinkedFirstUses, type TextRun } from './glossary-coverage.ts';
import { builtFiles, DIST, relative } from './built-site.ts';

interface Entry {
  term: string;
  aliases?: string[];
}
const glossary = parseYaml(readFileSync('content/glossary/glossary.yaml', 'utf8')) as Record<string, Entry>;
const terms = Object.entries(glossary).map(([id, entry]) => ({ id, term: entry.term, aliases: entry.aliases ?? [] }));

const SKIP = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'script', 'style', 'template']);

/** The article body's text in reading order, minus headings, the source list and interactive tools (their own UI, not prose). */
function runsOf(node: Node, glossaryId: string | null, runs: TextRun[]): TextRun[] {
  for (const child of node.childNodes) {
    if (child.nodeType === NodeType.TEXT_NODE) {
      runs.push({ text: child.text, glossaryId });
    } else if (child instanceof HTMLElement) {
      const tag = child.tagName.toLowerCase();
      if (SKIP.has(tag) || child.classList.contains('sources') || child.hasAttribute('data-read-aloud') || child.hasAttribute('data-waybill-tool') || child.classList.contains('visually-hidden')) continue;
      runsOf(child, child.getAttribute('data-glossary') ?? glossaryId, runs);
    }
  }
  return runs;
}

const articles = builtFiles('.html').filter((file) => /^articles[\\/][^\\/]+[\\/]index\.html$/.test(relative(file)));

describe('articles link the first use of every glossary term', () => {
  it('finds the articles', () => expect(articles.length).toBeGreaterThanOrEqual(5));

  it.each(articles.map((file) => relative(file)))('%s', (file) => {
    const body = parse(readFileSync(join(DIST, file), 'utf8')).querySelector('[data-article-body]');
    expect(body, 'the article body is marked with data-article-body').not.toBeNull();
    const problems = unlinkedFirstUses(runsOf(body!, null, []), terms).map(
      (use) => `first use of "${use.spelling}" (${use.id}) is not a <Term>: …${use.context}…`,
    );
    expect(problems).toEqual([]);
  });

  it('every <Term> link points at an entry on /glossary/', () => {
    const page = parse(readFileSync(join(DIST, 'glossary/index.html'), 'utf8'));
    const anchors = new Set(page.querySelectorAll('main section h2[id]').map((heading) => heading.id));
    expect([...anchors].sort()).toEqual(terms.map((term) => term.id).sort());
    for (const file of articles) {
      for (const link of parse(readFileSync(file, 'utf8')).querySelectorAll('a[data-glossary]')) {
        expect(anchors.has(link.getAttribute('data-glossary')!), `${relative(file)}: ${link.outerHTML}`).toBe(true);
        expect(link.getAttribute('href')).toMatch(new RegExp(`/glossary/#${link.getAttribute('data-glossary')}$`));
      }
    }
  });
});
