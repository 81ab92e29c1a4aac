import { chars, clip, foldChar, isConcealment } from './characters.ts';

/**
 * Names on a privacy waybill (GB/T 41833-2022: hide at least one character).
 * We keep at most the surname: the courier can still say "张先生", nobody else learns
 * the given name. Compound surnames count as one surname.
 */
const COMPOUND_SURNAMES = new Set([
  '欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '轩辕',
  '令狐', '端木', '独孤', '南宫', '西门', '百里', '呼延', '万俟', '澹台', '公冶', '太史', '申屠', '闻人', '钟离',
]);

/** Separators inside names such as 阿依古丽·买买提: not part of the name, never hidden. */
const NAME_SEPARATOR = /^[\s·•・.\-]$/u;

export interface NamePiece {
  text: string;
  hidden: boolean;
}

/** Masks a name for a compliant label, returning the pieces so a renderer can mark them. */
export function maskNamePieces(raw: string): NamePiece[] {
  const all = chars(clip(raw));
  const letterIndexes = all.flatMap((ch, i) => (NAME_SEPARATOR.test(ch) ? [] : [i]));
  if (letterIndexes.length === 0) return all.map((ch) => ({ text: ch, hidden: false }));

  const firstTwo = letterIndexes.slice(0, 2).map((i) => all[i]).join('');
  const surnameLength = COMPOUND_SURNAMES.has(firstTwo) ? 2 : 1;
  // Keep the surname, but never everything: at least one character is always hidden.
  const keep = Math.min(surnameLength, letterIndexes.length - 1);
  const kept = new Set(letterIndexes.slice(0, keep));
  return all.map((ch, i) => (NAME_SEPARATOR.test(ch) || kept.has(i) ? { text: ch, hidden: false } : { text: '*', hidden: true }));
}

/**
 * The masking most people have seen in shopping apps, 张*明: first and last character
 * kept, the middle hidden; a two-character name keeps the first. It is drawn to show what
 * readers know, and it happens to meet the name rule; the phone and address of that style
 * are what fail.
 */
export function commonNamePieces(raw: string): NamePiece[] {
  const all = chars(clip(raw));
  const letterIndexes = all.flatMap((ch, i) => (NAME_SEPARATOR.test(ch) ? [] : [i]));
  const kept = new Set([letterIndexes[0], ...(letterIndexes.length >= 3 ? [letterIndexes[letterIndexes.length - 1]] : [])]);
  return all.map((ch, i) => (NAME_SEPARATOR.test(ch) || kept.has(i) ? { text: ch, hidden: false } : { text: '*', hidden: true }));
}

/** What a printed name shows: how many characters are concealed and how many are readable. */
export function inspectName(printed: string): { hidden: number; visible: number } {
  const all = chars(clip(printed));
  const hasHan = all.some((ch) => /\p{Script=Han}/u.test(ch));
  let hidden = 0;
  let visible = 0;
  for (let i = 0; i < all.length; i++) {
    const ch = all[i]!;
    if (NAME_SEPARATOR.test(ch)) continue;
    const folded = foldChar(ch);
    const isX = folded === 'x' || folded === 'X';
    // "x" hides a character next to Chinese, or in a run (Lxxx); in "Alex" it is a letter.
    const xRun = isX && (foldChar(all[i - 1] ?? '').toLowerCase() === 'x' || foldChar(all[i + 1] ?? '').toLowerCase() === 'x');
    if (isConcealment(ch) && (!isX || hasHan || xRun)) hidden += 1;
    else if (/[\p{L}\p{N}\p{Extended_Pictographic}]/u.test(ch)) visible += 1;
  }
  return { hidden, visible };
}
