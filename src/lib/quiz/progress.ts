/**
 * The saved state of a round, kept in localStorage so a reload (or a phone that drops
 * the page) does not lose the reader's place. It never leaves the device. Anything that
 * does not look exactly right (an old version, a question removed from the bank) is
 * thrown away rather than trusted.
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

function isStringArrayRecord(value: unknown): value is Record<string, string[]> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every(isStringArray);
}

export function parseProgress(raw: string | null, knownIds: ReadonlySet<string>): Progress | null {
  if (!raw) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  const p = value as Partial<Progress>;
  if (
    p?.version !== 1 ||
    !isStringArray(p.ids) ||
    p.ids.length === 0 ||
    !p.ids.every((id) => knownIds.has(id)) ||
    !isStringArrayRecord(p.order) ||
    !isStringArrayRecord(p.answers) ||
    !isStringArray(p.previous) ||
    typeof p.current !== 'number' ||
    !Number.isInteger(p.current) ||
    p.current < 0 ||
    p.current > p.ids.length
  ) {
    return null;
  }
  return { version: 1, ids: p.ids, order: p.order, answers: p.answers, current: p.current, previous: p.previous };
}

export function isFinished(progress: Progress): boolean {
  return progress.ids.every((id) => progress.answers[id] !== undefined) && progress.current >= progress.ids.length;
}
