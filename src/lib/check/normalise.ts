/**
 * The checker reads a message the way a person does, not the way it is typed. Scam texts
 * dodge word filters with full-width letters (ＶＸ), spaces and symbols inside words
 * (加 微-信), emoji, invisible characters and traditional characters (驗證碼); each view
 * below undoes those, and keeps, for every character, where it came from in the original,
 * so a sign can quote the reader's own words back.
 */

/** Traditional (or variant) character → the simplified one the signs are written in; generated at build (./traditional.ts). */
export type CharacterMap = Readonly<Record<string, string>>;

export interface ReadText {
  /** Letters, digits and Han characters only, lower case, simplified: what sign words are matched in. */
  compact: string;
  /** For each character of `compact`, its index in the original text. */
  origin: number[];
  /** Every character but spaces and invisible ones, lower case, half-width: where links and phone numbers are looked for. */
  loose: string;
  /** For each character of `compact`, the number of the clause it is in: clauses end at commas, colons and sentence ends. */
  clause: number[];
  /** For each character of `compact`, the number of the sentence it is in: sentences end at 。！？；, a line break or their half-width forms. */
  sentence: number[];
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const SENTENCE_END = /[。！？；!?;\n]/;
const CLAUSE_END = /[，,：:]/;
const SPACE_OR_INVISIBLE = /[\s\p{Cf}]/u;
/** "+V", "➕vx", "+q", "+微": a plus in front of a chat app stands for 加 ("add"). */
const PLUS_MEANS_ADD = /^[vqw微薇威扣]/;

function readCharacter(character: string, characters: CharacterMap): string {
  const half = character.normalize('NFKC').toLowerCase();
  let out = '';
  for (const part of half) out += characters[part] ?? part;
  return out;
}

export function readText(text: string, characters: CharacterMap = {}): ReadText {
  let compact = '';
  const origin: number[] = [];
  let loose = '';
  const clause: number[] = [];
  const sentence: number[] = [];
  let clauses = 0;
  let sentences = 0;
  const source = [...text];
  let index = 0;
  for (let at = 0; at < source.length; at += 1) {
    const character = source[at]!;
    const read = readCharacter(character, characters);
    if (read === '+' || read === '➕') {
      // Look past spaces and symbols for what the plus is attached to.
      const next = source.slice(at + 1).find((later) => WORD_CHARACTER.test(readCharacter(later, characters)));
      if (next && PLUS_MEANS_ADD.test(readCharacter(next, characters))) {
        compact += '加';
        origin.push(index);
        clause.push(clauses);
        sentence.push(sentences);
      }
    }
    for (const part of read) {
      if (WORD_CHARACTER.test(part)) {
        compact += part;
        origin.push(index);
        clause.push(clauses);
        sentence.push(sentences);
      } else if (SENTENCE_END.test(part)) {
        sentences += 1;
        clauses += 1;
      } else if (CLAUSE_END.test(part)) {
        clauses += 1;
      }
      if (!SPACE_OR_INVISIBLE.test(part)) loose += part;
    }
    index += character.length;
  }
  return { compact, origin, loose, clause, sentence };
}
