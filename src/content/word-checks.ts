import { getCollection } from 'astro:content';
import { citationProblems, type CatalogueSource } from '../lib/sources/citations.ts';
import { hotlineNameProblems, type NamedHotline } from '../lib/sources/hotline-names.ts';
import { getCardRulesWithSources, type CardRule } from './card-rules.ts';
import { getHotlines } from './hotlines.ts';
import type { HotlineData } from './schemas/hotlines.ts';

/**
 * The same rules for the words of every channel, checked once per build: a hotline, a law,
 * a case detail or a dated figure needs a cited source (content/sources/), a hotline keeps
 * the one name its data gives it, and a list of numbers to call holds only numbers that can
 * be called. Articles, simulations, talks, glossary entries, quiz questions, tips, hotlines,
 * printables and 查一查's signs and steps all go through here; every problem is reported in one error, each with
 * its file and item, so a writer fixes them in one pass.
 */
export interface Words {
  /** The file and the item, for the message: `content/quiz/tips.yaml: question "x"`. */
  where: string;
  text: string;
  cited: readonly string[];
  /** Sources that shared parts on the same page rely on (the hotline list, the three rules). */
  required: readonly string[];
}

/** The article tags (src/components/mdx/) that show a shared list; a unit test keeps them among the tags. */
export const SHARED_LIST_TAGS = ['HotlineList', 'TipList'] as const;

interface SharedList {
  sources: string[];
  text: string;
}

const unique = (ids: readonly string[]) => [...new Set(ids)];
const join = (parts: readonly (string | undefined)[]) => parts.filter((part) => part !== undefined).join('\n');

function hotlineWords(data: HotlineData): string {
  return join([data.name, data.when, data.brief, data.what, data.instead]);
}

/** What a printable or slide shows of a hotline: the number, its name and, for a number not to call, what it does instead. */
function shownHotlineWords(data: HotlineData): string {
  return join([data.number, data.name, data.instead]);
}

async function articleWords(lists: Record<(typeof SHARED_LIST_TAGS)[number], SharedList>): Promise<Words[]> {
  return (await getCollection('articles')).map((article) => {
    const body = article.body ?? '';
    const shown = SHARED_LIST_TAGS.flatMap((tag) => (body.includes(`<${tag}`) ? [lists[tag]] : []));
    const { title, description, summary, sources, remember } = article.data;
    return {
      where: article.filePath ?? `content/articles/${article.id}.mdx`,
      text: join([title, description, summary, ...remember, body, ...shown.map((list) => list.text)]),
      cited: sources,
      required: unique(shown.flatMap((list) => list.sources)),
    };
  });
}

async function simulationWords(rules: readonly CardRule[]): Promise<Words[]> {
  return (await getCollection('simulations')).map((simulation) => {
    const { title, practises, steps, sources } = simulation.data;
    return {
      where: simulation.filePath ?? `content/simulations/${simulation.id}.yaml`,
      text: join([
        title,
        practises,
        ...steps.flatMap((step) => [
          step.from,
          ...(step.lines ?? []),
          ...(step.choices ?? []).flatMap((choice) => [choice.label, choice.feedback, choice.sign]),
          step.title,
          step.text,
          ...(step.decided ?? []),
        ]),
        // Every ending repeats the three rules.
        ...rules.map((rule) => rule.text),
      ]),
      cited: sources,
      required: unique(rules.flatMap((rule) => rule.sources)),
    };
  });
}

/** Slides show numbers to call: one that does not exist or only sends texts is a mistake. */
async function slideHotlineProblems(hotlines: ReadonlyMap<string, HotlineData>): Promise<string[]> {
  return (await getCollection('talks')).flatMap((talk) =>
    talk.data.slides.flatMap((slide, index) =>
      (slide.hotlines ?? []).flatMap((id) => {
        const where = `${talk.filePath ?? `content/talks/${talk.id}.yaml`}: slide ${index + 1}: hotlines`;
        const hotline = hotlines.get(id);
        if (!hotline) return [`${where} lists "${id}", which is not in content/hotlines/hotlines.yaml. Known: ${[...hotlines.keys()].join(', ')}.`];
        if (!hotline.callable) return [`${where} lists "${id}" (${hotline.number}), which content/hotlines/hotlines.yaml marks callable: false (${hotline.instead}). A slide shows numbers to call: say what it does in the words or notes instead.`];
        return [];
      }),
    ),
  );
}

async function talkWords(rules: readonly CardRule[], hotlines: ReadonlyMap<string, HotlineData>): Promise<Words[]> {
  return (await getCollection('talks')).map((talk) => {
    const showsRules = talk.data.slides.some((slide) => slide.picture === 'rules');
    const shownHotlines = talk.data.slides.flatMap((slide) => slide.hotlines ?? []).flatMap((id) => (hotlines.has(id) ? [hotlines.get(id)!] : []));
    return {
      where: talk.filePath ?? `content/talks/${talk.id}.yaml`,
      text: join([
        talk.data.title,
        talk.data.description,
        ...talk.data.slides.flatMap((slide) => [
          slide.title,
          ...slide.words,
          ...(slide.lines ?? []),
          ...(slide.timeline ?? []).flatMap((event) => [event.when, event.what]),
          ...(slide.dataflow ?? []).flatMap((step) => [step.who, step.does]),
          slide.notes,
        ]),
        ...(showsRules ? rules.map((rule) => rule.text) : []),
        ...shownHotlines.map(shownHotlineWords),
      ]),
      cited: talk.data.sources,
      required: showsRules ? unique(rules.flatMap((rule) => rule.sources)) : [],
    };
  });
}

async function glossaryWords(): Promise<Words[]> {
  return (await getCollection('glossary')).map((entry) => ({
    where: `${entry.filePath ?? 'content/glossary/glossary.yaml'}: entry "${entry.id}"`,
    text: join([entry.data.term, ...entry.data.aliases, entry.data.explanation]),
    cited: entry.data.sources,
    required: [],
  }));
}

async function quizWords(): Promise<Words[]> {
  return (await getCollection('quiz')).map(({ data: question }) => ({
    where: `${question.file}: question "${question.id}"`,
    text: join([
      question.prompt,
      ...('options' in question ? question.options : []),
      ...('scenario' in question ? [question.scenario.from, ...question.scenario.messages.map((message) => message.text)] : []),
      ...('labels' in question ? question.labels.flatMap((label) => [label.name, label.phone, label.address]) : []),
      question.explanation,
      ...question.clues,
    ]),
    cited: question.sources,
    required: [],
  }));
}

async function tipWords(): Promise<Words[]> {
  return (await getCollection('tips')).map((tip) => ({
    where: `${tip.filePath ?? 'content/tips/police-tips.yaml'}: tip "${tip.id}"`,
    text: join([tip.data.rule, tip.data.why, tip.data.scammerSays, tip.data.truth, tip.data.card]),
    cited: tip.data.sources,
    required: [],
  }));
}

/** 查一查's signs, call answers and next steps (content/check/). */
async function checkWords(): Promise<Words[]> {
  const [signs, questions, situations] = await Promise.all([getCollection('checkSigns'), getCollection('checkCall'), getCollection('checkSteps')]);
  return [
    ...signs.map((sign) => ({
      where: `content/check/signs.yaml: sign "${sign.id}"`,
      text: join([sign.data.name, sign.data.why, sign.data.lessonLabel]),
      cited: sign.data.sources,
      required: [],
    })),
    ...questions.map((question) => ({
      where: `content/check/call.yaml: question "${question.id}"`,
      text: join([question.data.question, ...question.data.answers.map((answer) => answer.label)]),
      cited: question.data.sources,
      required: [],
    })),
    ...situations.map((situation) => ({
      where: `content/check/next-steps.yaml: situation "${situation.id}"`,
      text: join([situation.data.title, ...situation.data.steps]),
      cited: situation.data.sources,
      required: [],
    })),
  ];
}

function hotlineEntryWords(hotlines: ReadonlyMap<string, HotlineData>): Words[] {
  return [...hotlines].map(([id, data]) => ({ where: `content/hotlines/hotlines.yaml: entry "${id}"`, text: hotlineWords(data), cited: data.sources, required: [] }));
}

/** A printable that lists a hotline that does not exist, or prints a number that only sends texts among the numbers to call. */
function printedHotlineProblems(where: string, listed: { call: readonly string[]; know: readonly string[] }, hotlines: ReadonlyMap<string, HotlineData>): string[] {
  const problems: string[] = [];
  for (const [field, ids] of [['call', listed.call], ['know', listed.know]] as const) {
    for (const id of ids) {
      const hotline = hotlines.get(id);
      if (!hotline) problems.push(`${where}: hotlines.${field} lists "${id}", which is not in content/hotlines/hotlines.yaml. Known: ${[...hotlines.keys()].join(', ')}.`);
      else if (field === 'call' && !hotline.callable) {
        problems.push(`${where}: hotlines.call lists "${id}" (${hotline.number}), which content/hotlines/hotlines.yaml marks callable: false (${hotline.instead}). Move it to hotlines.know, where it is printed with what it does instead.`);
      }
    }
  }
  return problems;
}

async function printableWords(rules: readonly CardRule[], hotlines: ReadonlyMap<string, HotlineData>): Promise<{ words: Words[]; problems: string[] }> {
  const [printables, articles] = await Promise.all([getCollection('printables'), getCollection('articles')]);
  const words: Words[] = [];
  const problems: string[] = [];
  for (const printable of printables) {
    const where = printable.filePath ?? `content/print/${printable.id}.yaml`;
    const { data } = printable;
    const listed = data.hotlines ? [...data.hotlines.call, ...data.hotlines.know] : [];
    if (data.hotlines) problems.push(...printedHotlineProblems(where, data.hotlines, hotlines));
    const shown = listed.flatMap((id) => (hotlines.has(id) ? [hotlines.get(id)!] : []));
    // An edition without the checklist's article has no such sheet (src/content/printables.ts).
    const checklist = data.checklistFrom ? articles.find((article) => article.id === data.checklistFrom) : undefined;
    const showsRules = data.rulesTitle !== undefined;
    words.push({
      where,
      text: join([
        data.title,
        data.lead,
        data.headline,
        data.line,
        data.rulesTitle,
        data.rememberTitle,
        data.scan,
        data.note,
        data.hotlines?.title,
        ...(showsRules ? rules.map((rule) => rule.text) : []),
        ...(checklist?.data.remember ?? []),
        ...shown.map(shownHotlineWords),
      ]),
      cited: data.sources,
      required: showsRules ? unique(rules.flatMap((rule) => rule.sources)) : [],
    });
  }
  return { words, problems };
}

async function load(): Promise<void> {
  const [catalogueEntries, hotlineEntries, allHotlines, tips, rules] = await Promise.all([
    getCollection('sources'),
    getCollection('hotlines'),
    getHotlines(),
    getCollection('tips'),
    getCardRulesWithSources(),
  ]);
  const catalogue: CatalogueSource[] = catalogueEntries.map((entry) => ({ id: entry.id, mentions: entry.data.mentions }));
  const hotlines = new Map(hotlineEntries.map((entry) => [entry.id, entry.data]));
  // The edition's own numbers join every list; their source is the organisation (本单位提供).
  const known = new Map<string, HotlineData>(allHotlines.map((hotline) => [hotline.id, hotline]));
  const local = allHotlines.filter((hotline) => hotline.from === 'edition');
  const names: NamedHotline[] = hotlineEntries.map(({ data }) => ({ number: data.number, name: data.name, reservedWords: data.reservedWords }));
  const lists = {
    HotlineList: { sources: unique(hotlineEntries.flatMap((entry) => entry.data.sources)), text: hotlineEntries.map(({ data }) => hotlineWords(data)).join('\n') },
    TipList: { sources: unique(tips.flatMap((entry) => entry.data.sources)), text: tips.map(({ data }) => join([data.rule, data.why, data.scammerSays, data.truth])).join('\n') },
  };
  const printed = await printableWords(rules, known);
  const everything = [
    ...(await articleWords(lists)),
    ...(await simulationWords(rules)),
    ...(await talkWords(rules, known)),
    ...(await glossaryWords()),
    ...(await quizWords()),
    ...(await tipWords()),
    ...(await checkWords()),
    ...hotlineEntryWords(hotlines),
    ...printed.words,
  ];
  const pages = (await getCollection('pages')).map((page) => ({ where: page.filePath ?? `content/pages/${page.id}.mdx`, text: join([page.data.title, page.data.description, page.body]) }));
  const problems = [
    ...everything.flatMap((words) => [
      ...citationProblems({ file: words.where, text: words.text, cited: words.cited, required: words.required }, catalogue),
      ...hotlineNameProblems(words.where, words.text, names),
    ]),
    // The site's own pages (home, about) cite nothing, but keep the hotlines' names too.
    ...pages.flatMap((page) => hotlineNameProblems(page.where, page.text, names)),
    ...local.flatMap((hotline) => hotlineNameProblems(`content/edition.yaml: hotlines: ${hotline.number}`, hotlineWords(hotline), names)),
    ...printed.problems,
    ...(await slideHotlineProblems(known)),
  ];
  if (problems.length > 0) throw new Error(`The content's words have ${problems.length} problem(s):\n${problems.join('\n')}`);
}

let cached: Promise<void> | undefined;

/** Resolves when every channel's words pass; rejects with every problem, each naming its file and item. */
export function checkContentWords(): Promise<void> {
  cached ??= load();
  return cached;
}
