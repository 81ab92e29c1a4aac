import { getCollection } from 'astro:content';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import HKVariants from 'opencc-js/dict/HKVariants';
import TWVariants from 'opencc-js/dict/TWVariants';
import type { ReadingRules, SignRule } from '../lib/check/detect.ts';
import { missingTarget } from '../lib/links.ts';
import { sortByOrder } from '../lib/ordering.ts';
import { matchingRules } from '../lib/check/rules.ts';
import { getHeadingsByPage } from './headings.ts';
import { getHotlines, type Hotline } from './hotlines.ts';
import type { CheckCallQuestionData, CheckSignData, CheckSituationData } from './schemas/check.ts';
import { resolveSources, type CitedSource } from './sources.ts';

/**
 * 查一查's content (content/check/), checked once per build: every lesson lands, every
 * answer's sign and every situation's number exists. A mistake fails the build with the
 * file, the item and what to write instead. The sign texts' sources go through the word
 * checks of every channel (./word-checks.ts).
 */
export interface CheckSign extends CheckSignData {
  id: string;
  cited: CitedSource[];
}

export interface CheckCallQuestion extends CheckCallQuestionData {
  id: string;
}

export interface CheckSituation extends CheckSituationData {
  id: string;
  hotlines: Hotline[];
  cited: CitedSource[];
}

export interface CheckContent {
  signs: CheckSign[];
  questions: CheckCallQuestion[];
  situations: CheckSituation[];
  /** What the browser's script matches with: the signs' rules, the negations, the hotlines' numbers and the traditional forms. */
  rules: SignRule[];
  reading: ReadingRules;
  /** Every source a sign or a step cites, once, in the order first cited: the page lists them in full. */
  sources: CitedSource[];
}

const FILES = {
  signs: 'content/check/signs.yaml',
  call: 'content/check/call.yaml',
  steps: 'content/check/next-steps.yaml',
  reading: 'content/check/reading.yaml',
};

async function load(): Promise<CheckContent> {
  const [signEntries, questionEntries, situationEntries, readingEntries, headingsByPage, hotlines] = await Promise.all([
    getCollection('checkSigns'),
    getCollection('checkCall'),
    getCollection('checkSteps'),
    getCollection('checkReading'),
    getHeadingsByPage(),
    getHotlines(),
  ]);
  const problems: string[] = [];
  const signIds = new Set(signEntries.map((entry) => entry.id));

  for (const { id, data } of signEntries) {
    const problem = missingTarget(data.lesson, headingsByPage);
    if (problem) problems.push(`${FILES.signs}: sign "${id}": lesson ${data.lesson} ${problem}`);
  }
  const questions = sortByOrder(questionEntries).map((entry) => ({ id: entry.id, ...entry.data }));
  const answered = new Set<string>();
  for (const question of questions) {
    for (const answer of question.answers) {
      if (answered.has(answer.id)) problems.push(`${FILES.call}: question "${question.id}": answer "${answer.id}" is used twice; answer ids are unique across questions.`);
      answered.add(answer.id);
      if (answer.sign && !signIds.has(answer.sign)) {
        problems.push(`${FILES.call}: question "${question.id}": answer "${answer.id}" shows sign "${answer.sign}", which is not in ${FILES.signs}. Known: ${[...signIds].join(', ')}.`);
      }
    }
  }
  const byId = new Map(hotlines.map((hotline) => [hotline.id, hotline]));
  const situations: CheckSituation[] = [];
  for (const entry of sortByOrder(situationEntries)) {
    const listed = entry.data.call.map((id) => {
      const hotline = byId.get(id);
      if (!hotline) problems.push(`${FILES.steps}: situation "${entry.id}": call lists "${id}", which is not in content/hotlines/hotlines.yaml. Known: ${[...byId.keys()].join(', ')}.`);
      else if (!hotline.callable) problems.push(`${FILES.steps}: situation "${entry.id}": call lists "${id}" (${hotline.number}), which cannot be called (${hotline.instead}).`);
      return hotline;
    });
    situations.push({ id: entry.id, ...entry.data, hotlines: listed.filter((hotline): hotline is Hotline => hotline !== undefined), cited: [] });
  }
  const negations = readingEntries.find((entry) => entry.id === 'negations')?.data.words;
  if (!negations) problems.push(`${FILES.reading}: has no "negations" entry: add \`negations: { words: [不要, 请勿, …] }\`.`);
  const warnings = readingEntries.find((entry) => entry.id === 'warnings')?.data.words ?? [];
  const reports = readingEntries.find((entry) => entry.id === 'reports')?.data.words ?? [];
  const topics = readingEntries.find((entry) => entry.id === 'topics')?.data.words;
  if (!topics) problems.push(`${FILES.reading}: has no "topics" entry (the words that show a message is about money or an account, for matches that need: [topic]): add \`topics: { words: [退款, 客服, …] }\`.`);
  const notNegations = readingEntries.find((entry) => entry.id === 'notNegations')?.data.words ?? [];
  const shorthand = readingEntries.find((entry) => entry.id === 'shorthand')?.data.readAs ?? {};
  if (problems.length > 0) throw new Error(`查一查's content has ${problems.length} problem(s):\n${problems.join('\n')}`);

  const signs = await Promise.all(sortByOrder(signEntries).map(async (entry) => ({ id: entry.id, ...entry.data, cited: await resolveSources(entry.data.sources) })));
  for (const situation of situations) situation.cited = await resolveSources(situation.sources);

  const { rules, reading } = matchingRules(signs, { negations: negations!, notNegations, warnings, reports, topics: topics!, shorthand }, hotlines.map((hotline) => hotline.number), {
    toSimplified: TSCharacters,
    variants: [TWVariants, HKVariants],
  });
  return {
    signs,
    questions,
    situations,
    rules,
    reading,
    sources: [...new Map([...signs, ...situations].flatMap((item) => item.cited).map((source) => [source.id, source])).values()],
  };
}

let cached: Promise<CheckContent> | undefined;

export function getCheckContent(): Promise<CheckContent> {
  cached ??= load();
  return cached;
}
