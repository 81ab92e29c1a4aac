import { readText, spelledDigits, type CharacterMap, type ReadText, type Shorthand } from './normalise.ts';

/**
 * Finds the signs of content/check/signs.yaml in a pasted message. A sign shows when any one
 * of its `text` matches does: a word from every group (near one another, when `near` says
 * so) and the features it needs (a link, a phone number, a chat account, a word on the scam's subject).
 * Words a sign lists under `except` are cut out before it is looked for; a match does not
 * count in a message holding one of its `unless` words (a colleagues' meeting).
 *
 * A message that warns against a scam uses the scam's own words, so three things are read
 * as warnings, not requests: a word after a negation in the same clause ("请勿告诉他人",
 * "不会让您把钱转到…"; a one-character negation, 不 or 别, only right before the word); a
 * sentence that says what it describes is a scam ("说包裹丢了要赔钱的，都是诈骗"); and all of
 * a news report or police warning ("本报讯", "警方提醒"). A match that needs a link, a
 * number or a chat account is concrete, not a description: a warning never hides it.
 */
export type Weight = 'high' | 'medium' | 'low';
export type TextFeature = 'link' | 'phone' | 'unlisted-phone' | 'chat-id' | 'topic';

export interface TextMatch {
  all?: string[][] | undefined;
  near?: number | undefined;
  inOrder?: boolean | undefined;
  needs?: TextFeature[] | undefined;
  unless?: string[] | undefined;
}

export interface SignRule {
  id: string;
  order: number;
  weight: Weight;
  text: TextMatch[];
  except: string[];
  negatable: boolean;
}

export interface ReadingRules {
  /** Words that turn what follows in their clause into a warning: 不要, 请勿, 不会让… (one character long: only the next word or two). */
  negations: string[];
  /** Words that hold a negation but negate nothing (不小心). */
  notNegations: string[];
  /** Words that make their sentence a warning about a scam: 都是诈骗, 千万别信, 直接挂断… */
  warnings: string[];
  /** Words that make the whole message a report or a warning (本报讯, 警方提醒): what it describes is not counted. */
  reports: string[];
  /**
   * Words that show a message is about money or an account (退款, 客服, 银行…): the scam's
   * subject. Some requests are everyday between people who know each other ("共享一下屏幕",
   * "加我微信") and are a sign only in a message on that subject.
   */
  topics: string[];
  /** Numbers a message may name without giving "a number to call": the hotlines (110, 96110, 12381). */
  hotlineNumbers: string[];
  /** Traditional and variant characters to read as simplified. */
  characters: CharacterMap;
  /** Shorthand read as the words it stands for (tk → 退款). */
  shorthand: Shorthand;
}

export interface FoundSign {
  id: string;
  weight: Weight;
  /** The words of the message that show the sign, as the reader wrote them (empty when only a link or number shows it). */
  quote: string;
}

const WEIGHTS: Record<Weight, number> = { high: 0, medium: 1, low: 2 };

/**
 * A web address, written out or bare ("t.cn/Ab3", "xx-refund.top"); emails are not links.
 * Filters that block links look for the dot, so scam texts write it as 点, dot, 。 or [.]
 * ("lp-xb点top"). Read through those only after a name with a letter in it: "10点app" is a time.
 */
const TOP_LEVEL = 'cn|com|net|org|top|xyz|cc|vip|me|shop|club|site|online|icu|info|link|ltd|wang|ink|co|io|app|tk|ml|ly|gl|la|pw|fun|work|live|store|tech';
const PATH = String.raw`(?:\/[a-z0-9/_?=&%#.-]*)?`;
const DISGUISED_DOT = String.raw`(?:\.|点|dot|。|\[\.\]|\(\.\))`;
const LINK = new RegExp(
  [
    String.raw`(https?:\/\/|www\.)[^\s，。；！？、]+`,
    String.raw`(^|[^a-z0-9@._-])(?:[a-z0-9-]+\.)+(?:${TOP_LEVEL})${PATH}(?![a-z0-9])`,
    String.raw`(^|[^a-z0-9@._-])(?:[a-z0-9-]*[a-z][a-z0-9-]*${DISGUISED_DOT})+(?:${TOP_LEVEL})${PATH}(?![a-z0-9])`,
  ].join('|'),
  'i',
);
/** Mobile, landline with area code, 400/800 and 95xxx service numbers, not inside a longer run of digits. */
const PHONE = /(^|\D)(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|[48]00(?:-?\d){7,8}|95\d{3,4})(?!\d)/g;

/**
 * A chat account written out after its app and a colon ("v：tk8899kf", "微信号: kf_zhang0527"): an address to move the talk to.
 * Looked for with spaces too: in a message typed in pinyin ("jia wo v: kf0000"), only a space sets the app apart.
 */
const CHAT_ID = /(^|[^a-z0-9])(v|vx|wx|q|qq|weixin|微信|薇信|威信|卫星|微|薇|威|扣扣|抠抠|企鹅)号?[:=,]\s*[a-z0-9][a-z0-9_-]{4,}/;

interface Span {
  start: number;
  end: number;
}

function features(text: string, read: ReadText, rules: ReadingRules): Record<TextFeature, boolean> {
  const hotlines = new Set(rules.hotlineNumbers);
  let phone = false;
  let unlisted = false;
  for (const match of spelledDigits(read.loose).matchAll(PHONE)) {
    const number = match[2]!.replace(/-/g, '');
    if (hotlines.has(number)) continue;
    phone = true;
    // 95xxx numbers are given by the regulator to banks and large companies for their service lines.
    if (!number.startsWith('95')) unlisted = true;
  }
  return { link: LINK.test(read.loose), phone, 'unlisted-phone': unlisted, 'chat-id': CHAT_ID.test(read.loose) || CHAT_ID.test(text.normalize('NFKC').toLowerCase()), topic: rules.topics.some((word) => read.compact.includes(word)) };
}

function occurrences(compact: string, word: string): Span[] {
  const spans: Span[] = [];
  for (let at = compact.indexOf(word); at !== -1; at = compact.indexOf(word, at + 1)) spans.push({ start: at, end: at + word.length });
  return spans;
}

/** Positions covered by any of `words`. */
function covered(compact: string, words: readonly string[]): boolean[] {
  const mask = new Array<boolean>(compact.length).fill(false);
  for (const word of words) for (const span of occurrences(compact, word)) mask.fill(true, span.start, span.end);
  return mask;
}

function matchGroup(compact: string, group: readonly string[], blocked: boolean[], negated: (span: Span) => boolean): Span[] {
  const spans = group.flatMap((word) => occurrences(compact, word)).filter((span) => !blocked.slice(span.start, span.end).some(Boolean) && !negated(span));
  // Of words found at one place ("银行卡", "银行卡号"), the longest, so the quote shows the whole word.
  return spans.filter((span) => !spans.some((other) => other !== span && other.start <= span.start && other.end >= span.end && other.end - other.start > span.end - span.start));
}

/**
 * The tightest span holding one occurrence of every group, anchored on each occurrence of the
 * first; `inOrder`: each group's word comes after the one before it ("加…微信", not "微信…加").
 */
function tightest(groups: Span[][], near: number | undefined, inOrder: boolean): Span | null {
  let best: Span | null = null;
  anchors: for (const anchor of groups[0]!) {
    let start = anchor.start;
    let end = anchor.end;
    for (const group of groups.slice(1)) {
      const candidates = inOrder ? group.filter((span) => span.start >= end) : group;
      if (candidates.length === 0) continue anchors;
      const closest = candidates.reduce((a, b) => (distance(anchor, a) <= distance(anchor, b) ? a : b));
      start = Math.min(start, closest.start);
      end = Math.max(end, closest.end);
    }
    if (near !== undefined && end - start > near) continue;
    if (!best || end - start < best.end - best.start) best = { start, end };
  }
  return best;
}

function distance(a: Span, b: Span): number {
  return Math.max(0, b.start - a.end, a.start - b.end);
}

function quoteOf(text: string, read: ReadText, span: Span): string {
  const from = read.origin[span.start]!;
  const last = read.origin[span.end - 1]!;
  // The last character may take two code units (a character outside the basic plane).
  return text.slice(from, last + String.fromCodePoint(text.codePointAt(last)!).length).trim();
}

export function findSigns(text: string, signs: readonly SignRule[], rules: ReadingRules): FoundSign[] {
  const read = readText(text, rules.characters, rules.shorthand);
  const present = features(text, read, rules);
  const notNegated = covered(read.compact, rules.notNegations);
  const negations = rules.negations.flatMap((word) => occurrences(read.compact, word)).filter((span) => !notNegated[span.start]);
  const afterNegation = (span: Span) =>
    negations.some(
      (negation) =>
        negation.end <= span.start &&
        read.clause[negation.start] === read.clause[span.start] &&
        (negation.end - negation.start > 1 || span.start - negation.end <= 1),
    );
  const warningSentences = new Set(rules.warnings.flatMap((word) => occurrences(read.compact, word)).map((span) => read.sentence[span.start]));
  const isReport = rules.reports.some((word) => read.compact.includes(word));
  const inWarning = (span: Span) => isReport || warningSentences.has(read.sentence[span.start]);
  const found: (FoundSign & { order: number })[] = [];
  for (const sign of signs) {
    const blocked = covered(read.compact, sign.except);
    const negated = sign.negatable ? afterNegation : () => false;
    for (const match of sign.text) {
      if (!(match.needs ?? []).every((feature) => present[feature])) continue;
      if ((match.unless ?? []).some((word) => read.compact.includes(word))) continue;
      if (!match.all) {
        found.push({ id: sign.id, weight: sign.weight, quote: '', order: sign.order });
        break;
      }
      const concrete = (match.needs ?? []).some((feature) => feature !== 'topic');
      const described = concrete ? () => false : inWarning;
      const groups = match.all.map((group) => matchGroup(read.compact, group, blocked, (span) => negated(span) || described(span)));
      if (groups.some((group) => group.length === 0)) continue;
      const span = tightest(groups, match.near, match.inOrder ?? false);
      if (!span) continue;
      found.push({ id: sign.id, weight: sign.weight, quote: quoteOf(text, read, span), order: sign.order });
      break;
    }
  }
  return sortSigns(found).map(({ id, weight, quote }) => ({ id, weight, quote }));
}

/** High before medium before low; within a weight, in the content's order. */
export function sortSigns<T extends { weight: Weight; order: number }>(signs: readonly T[]): T[] {
  return [...signs].sort((a, b) => WEIGHTS[a.weight] - WEIGHTS[b.weight] || a.order - b.order);
}
