import type { ExcerptPart } from '../../lib/search/excerpt.ts';
import type { SearchHit } from './engine.ts';
import { fill } from '../../lib/template.ts';
import { searchHooks } from './hooks.ts';

/**
 * Draws results with DOM calls and text nodes only. Page text and the query never pass
 * through innerHTML, so a query such as <img onerror=…> is shown as the characters typed.
 */

function excerptParagraph(parts: readonly ExcerptPart[], className: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = className;
  for (const part of parts) {
    if (part.match) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      p.append(mark);
    } else {
      p.append(part.text);
    }
  }
  return p;
}

/** The words a result list shows around the results (src/i18n/ui.ts, through the panel's data). */
export interface ResultText {
  inSection: string;
  answerIn: string;
  here: string;
}

/** Whether a result is the page the reader has open (search from the header dialog). */
const isThisPage = (url: string) => new URL(url, window.location.href).pathname === window.location.pathname;

/** One result, `number` counting from 1 down the whole list. */
function drawHit(hit: SearchHit, number: number, t: ResultText): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'result';

  const link = document.createElement('a');
  link.href = hit.url;
  link.className = 'result-link';
  searchHooks.set(link, 'result', number);
  link.textContent = hit.title;
  const heading = document.createElement('h3');
  heading.className = 'result-title';
  heading.append(link);
  if (isThisPage(hit.url)) {
    const here = document.createElement('span');
    here.className = 'result-here';
    searchHooks.set(here, 'result-here');
    here.textContent = t.here;
    heading.append(' ', here);
  }
  li.append(heading);

  if (hit.category) {
    const category = document.createElement('p');
    category.className = 'result-category';
    category.textContent = hit.category;
    li.append(category);
  }
  // The title leads straight to the section that answers; say which one it is.
  if (hit.answer) {
    const answer = document.createElement('p');
    answer.className = 'result-answer';
    answer.textContent = fill(t.answerIn, { section: hit.answer.title });
    li.append(answer);
  }
  li.append(excerptParagraph(hit.excerpt, 'result-excerpt'));

  if (hit.sections.length > 0) {
    const sections = document.createElement('ul');
    sections.className = 'result-sections';
    sections.setAttribute('aria-label', t.inSection);
    for (const section of hit.sections) {
      const item = document.createElement('li');
      const sectionLink = document.createElement('a');
      sectionLink.href = section.url;
      searchHooks.set(sectionLink, 'result-section', number);
      sectionLink.textContent = section.title;
      item.append(sectionLink);
      if (section.excerpt.length > 0) item.append(excerptParagraph(section.excerpt, 'result-section-excerpt'));
      sections.append(item);
    }
    li.append(sections);
  }
  return li;
}

export function renderHits(list: HTMLOListElement, hits: readonly SearchHit[], t: ResultText): void {
  list.replaceChildren(...hits.map((hit, index) => drawHit(hit, index + 1, t)));
}

/**
 * Adds hits under those already in the list (which stay as they are), numbered on from them;
 * returns the first new result's link, for focus to move to.
 */
export function appendHits(list: HTMLOListElement, hits: readonly SearchHit[], t: ResultText): HTMLAnchorElement | undefined {
  const before = list.children.length;
  const items = hits.map((hit, index) => drawHit(hit, before + index + 1, t));
  list.append(...items);
  return items[0]?.querySelector<HTMLAnchorElement>('a.result-link') ?? undefined;
}
