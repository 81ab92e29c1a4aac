/** Marks on /simulate/ the scenarios this device has played to an ending. */
import { readFinished } from '../lib/simulation/finished.ts';

let finished = new Set<string>();
try {
  finished = readFinished(localStorage);
} catch {
  // Storage off (localStorage itself throws in some webviews): no marks.
}
for (const item of document.querySelectorAll<HTMLElement>('[data-simulation-list] [data-simulation]')) {
  const mark = item.querySelector<HTMLElement>('[data-finished-mark]');
  if (mark && finished.has(item.dataset['simulation']!)) mark.hidden = false;
}
