/**
 * The saved state of a round, kept in localStorage so a reload (or a phone that drops
 * the page) does not lose the reader's place. It never leaves the device. What is read
 * back is checked, never trusted: what does not fit is dropped, what fits is kept.
 */
export const PROGRESS_KEY = 'fangpian-quiz-v1';

export interface Progress {
  version: 1;
  /** The drawn question ids, in order. */
  ids: string[];
  /** Option keys in the order they were shown, per question. */
  order: Record<string, string[]>;
  /** Chosen keys per answered question. */
  answers: Record<string, string[]>;
  /** Index of the question on screen. */
  current: number;
  /** Ids of the previous round, so "try again" draws different questions. */
  previous: string[];
}

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/**
 * The saved round, checked against the bank as it is now. A content update can remove a
 * question or change its options, so each question is checked on its own: one that is
 * gone is dropped, an option order or answer that no longer fits its options is forgotten
 * (the question is asked again), and the round keeps everything else. `optionsOf` gives a
 * question's option keys, or undefined for an id the bank no longer has. Null when nothing
 * usable is left.
 */
export function parseProgress(raw: string | null, optionsOf: (id: string) => readonly string[] | undefined): Progress | null {
  if (!raw) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const p = value as Partial<Record<keyof Progress, unknown>>;
  if (p.version !== 1 || !Array.isArray(p.ids)) return null;
  const savedOrder = isRecord(p.order) ? p.order : {};
  const savedAnswers = isRecord(p.answers) ? p.answers : {};
  const ids = [...new Set(p.ids.filter((id): id is string => typeof id === 'string' && optionsOf(id) !== undefined))];
  if (ids.length === 0) return null;
  const order: Record<string, string[]> = {};
  const answers: Record<string, string[]> = {};
  for (const id of ids) {
    const options = optionsOf(id)!;
    const shown = savedOrder[id];
    if (isStringArray(shown) && shown.length === options.length && options.every((key) => shown.includes(key))) order[id] = shown;
    const chosen = savedAnswers[id];
    if (isStringArray(chosen) && chosen.length > 0 && chosen.every((key) => options.includes(key))) answers[id] = chosen;
  }
  // The question that was on screen if it is still there; else the first one not answered.
  const wasCurrent = typeof p.current === 'number' && Number.isInteger(p.current) ? (p.ids as unknown[])[p.current] : undefined;
  const firstOpen = ids.findIndex((id) => answers[id] === undefined);
  const current = typeof wasCurrent === 'string' && ids.includes(wasCurrent) ? ids.indexOf(wasCurrent) : firstOpen === -1 ? ids.length : firstOpen;
  const previous = isStringArray(p.previous) ? p.previous : [];
  return { version: 1, ids, order, answers, current, previous };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isFinished(progress: Progress): boolean {
  return progress.ids.every((id) => progress.answers[id] !== undefined) && progress.current >= progress.ids.length;
}
