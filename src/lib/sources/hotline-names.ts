/**
 * One name per hotline. Each entry of the hotline data may reserve words ("专线" for
 * 96110, "预警短信" for 12381) that only its own name may use: a text that says
 * "反诈专线" or "劝阻和咨询专线" gives the same number a second name, and a reader who
 * hears two names wonders whether there are two numbers.
 */
export interface NamedHotline {
  number: string;
  name: string;
  /** Words that, anywhere in the site's text, may only appear inside `name`. */
  reservedWords: readonly string[];
}

export interface Misnaming {
  /** The words around the reserved word as written: "劝阻和咨询专线". */
  written: string;
  word: string;
  hotline: NamedHotline;
}

const HAN = /[\u3400-\u9fff]/;

/** Whether `name` is written in `text` covering the reserved word found at `at`. */
function insideName(text: string, at: number, word: string, name: string): boolean {
  let from = name.indexOf(word);
  while (from !== -1) {
    if (text.slice(at - from, at - from + name.length) === name) return true;
    from = name.indexOf(word, from + 1);
  }
  return false;
}

/** The Han characters written just before `at` (at most `max`), to show what was written. */
function phraseBefore(text: string, at: number, max = 6): string {
  let start = at;
  while (start > 0 && at - start < max && HAN.test(text[start - 1] ?? '')) start -= 1;
  return text.slice(start, at);
}

/** Every place in `text` where a reserved word is used outside the name it belongs to. */
export function misnamedHotlines(text: string, hotlines: readonly NamedHotline[]): Misnaming[] {
  const found: Misnaming[] = [];
  for (const hotline of hotlines) {
    for (const word of hotline.reservedWords) {
      let at = text.indexOf(word);
      while (at !== -1) {
        if (!insideName(text, at, word, hotline.name)) {
          found.push({ written: `${phraseBefore(text, at)}${word}`, word, hotline });
        }
        at = text.indexOf(word, at + word.length);
      }
    }
  }
  return found;
}

/** The same, as sentences that say what to fix; `where` is "content/quiz/tips.yaml: question "x"". */
export function hotlineNameProblems(where: string, text: string, hotlines: readonly NamedHotline[]): string[] {
  return misnamedHotlines(text, hotlines).map(
    ({ written, word, hotline }) =>
      `${where}: "${written}" names a hotline in its own words. "${word}" belongs to the name of ${hotline.number} in content/hotlines/hotlines.yaml ("${hotline.name}"): call it by that name, or reword.`,
  );
}
