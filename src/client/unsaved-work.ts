/**
 * Whether the reader has something on this page that a reload would lose: fields typed
 * into, a talk or a simulation under way, an open search, a message in the checker. A new
 * build never reloads such a page (src/client/offline.ts); it offers the update instead.
 *
 * The page is asked with a synchronous DOM event rather than through a shared list, since
 * each island's script may be bundled (or inlined) on its own.
 */
const ASK = 'fangpian:unsaved-work';

interface Question {
  held: boolean;
}

/** An island says how to tell whether it holds the reader's work. */
export function reportUnsavedWork(holds: () => boolean): void {
  document.addEventListener(ASK, (event) => {
    const question = (event as CustomEvent<Question>).detail;
    if (!question.held && holds()) question.held = true;
  });
}

export function pageHoldsUnsavedWork(): boolean {
  const question: Question = { held: false };
  document.dispatchEvent(new CustomEvent<Question>(ASK, { detail: question }));
  return question.held;
}
