/**
 * The checker reads a message the way a person does, not the way it is typed. Scam texts
 * dodge word filters with full-width letters (ＶＸ), spaces and symbols inside words
 * (加 微-信), emoji, invisible characters and traditional characters (驗證碼); each view
 * below undoes those, and keeps, for every character, where it came from in the original,
 * so a sign can quote the reader's own words back.
 */

/** Traditional (or variant) character → the simplified one the signs are written in; generated at build (./traditional.ts). */
export type CharacterMap = Readonly<Record<string, string>>;
/** Shorthand → the words it stands for, of the same length (tk → 退款); from content/check/reading.yaml. */
export type Shorthand = Readonly<Record<string, string>>;

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

export function readText(text: string, characters: CharacterMap = {}, shorthand: Shorthand = {}): ReadText {
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
  return readShorthand({ compact, origin, loose, clause, sentence }, shorthand);
}

const LETTER_OR_DIGIT = /[a-z0-9]/;
const LETTER = /[a-z]/;

/**
 * Shorthand read as the words it stands for ("tk捌拾玖元" → 退款捌拾玖元, "提供ka号" → 提供卡号),
 * only as a whole run of letters ("pddtk0000" is an address, not 退款). The words take the
 * shorthand's place in the original, so a sign still quotes what the reader pasted.
 */
function readShorthand(read: ReadText, shorthand: Shorthand): ReadText {
  let { compact, origin, clause, sentence } = read;
  for (const [short, meaning] of Object.entries(shorthand)) {
    const endsInLetter = LETTER.test(short[short.length - 1]!);
    let from = 0;
    for (let at = compact.indexOf(short); at !== -1; at = compact.indexOf(short, from)) {
      const before = compact[at - 1];
      const after = compact[at + short.length];
      const whole = !(before !== undefined && LETTER_OR_DIGIT.test(before)) && !(endsInLetter && after !== undefined && LETTER.test(after));
      from = at + (whole ? meaning.length : 1);
      if (!whole) continue;
      // The meaning's characters stand, first to last, where the shorthand's first to last stood.
      const place = (array: number[]) => [...meaning].map((_, index) => array[at + (meaning.length > 1 ? Math.round((index * (short.length - 1)) / (meaning.length - 1)) : 0)]!);
      const splice = (array: number[]) => [...array.slice(0, at), ...place(array), ...array.slice(at + short.length)];
      compact = compact.slice(0, at) + meaning + compact.slice(at + short.length);
      origin = splice(origin);
      clause = splice(clause);
      sentence = splice(sentence);
    }
  }
  return { ...read, compact, origin, clause, sentence };
}

const SPELLED_DIGITS: Readonly<Record<string, string>> = { 零: '0', 〇: '0', 幺: '1', 一: '1', 二: '2', 两: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
const SPELLED_NUMBER = /[零〇幺一二两三四五六七八九-]{7,}/g;

/** A number read out digit by digit in characters ("幺三九 零零零零 八八二六", spaces already gone) written in digits, so it is seen as a phone number. */
export function spelledDigits(loose: string): string {
  return loose.replace(SPELLED_NUMBER, (run) => ([...run].filter((character) => character !== '-').length >= 7 ? [...run].map((character) => SPELLED_DIGITS[character] ?? character).join('') : run));
}
