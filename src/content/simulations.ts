import { getCollection, type CollectionEntry } from 'astro:content';
import { missingTarget, type HeadingsByPage } from '../lib/links.ts';
import { graphProblems } from '../lib/simulation/graph.ts';
import { citationProblems } from '../lib/sources/citations.ts';
import type { CitedSource } from './article-sources.ts';
import { getCardRulesWithSources, type CardRule } from './card-rules.ts';
import { getHeadingsByPage } from './headings.ts';

/**
 * The call simulations (content/simulations/*.yaml), in their `order`, checked against
 * themselves and the site: a step nobody reaches, a path that never ends, a choice into
 * nothing, a link to a missing page, heading or glossary entry, or a hotline named without
 * its source fails the build with the file and the step. Every page that plays or lists a
 * scenario comes through here.
 */
export type Simulation = CollectionEntry<'simulations'>;
export interface CheckedSimulation extends Simulation {
  sources: CitedSource[];
  /** The three rules every ending repeats: the tips with a card line. */
  rules: CardRule[];
}

let cached: Promise<CheckedSimulation[]> | undefined;

const fileOf = (simulation: Simulation) => simulation.filePath ?? `content/simulations/${simulation.id}.yaml`;

function linkProblems(simulation: Simulation, headingsByPage: HeadingsByPage): string[] {
  const problems: string[] = [];
  for (const step of simulation.data.steps) {
    const links = [
      ...(step.choices ?? []).map((choice, index) => ({ where: `choice ${index + 1}: learn.href`, href: choice.learn.href })),
      ...(step.readOn ?? []).map((link, index) => ({ where: `readOn ${index + 1}: href`, href: link.href })),
    ];
    for (const { where, href } of links) {
      const problem = missingTarget(href, headingsByPage);
      if (problem) problems.push(`${fileOf(simulation)}: step "${step.id}": ${where} ${href} ${problem}`);
    }
  }
  return problems;
}

/** Every word the scenario puts on screen, for the source check. */
function wordsOf(simulation: Simulation): string {
  const { title, practises, steps } = simulation.data;
  return [
    title,
    practises,
    ...steps.flatMap((step) => [
      step.from ?? '',
      ...(step.lines ?? []),
      ...(step.choices ?? []).flatMap((choice) => [choice.label, choice.feedback, choice.sign]),
      step.title ?? '',
      step.text ?? '',
      ...(step.decided ?? []),
    ]),
  ].join('\n');
}

async function load(): Promise<CheckedSimulation[]> {
  const [simulations, headingsByPage, catalogue, rules] = await Promise.all([
    getCollection('simulations'),
    getHeadingsByPage(),
    getCollection('sources'),
    getCardRulesWithSources(),
  ]);
  const ruleSources = [...new Set(rules.flatMap((rule) => (rule.source ? [rule.source] : [])))];
  const problems = simulations.flatMap((simulation) => [
    ...graphProblems({ file: fileOf(simulation), start: simulation.data.start, steps: simulation.data.steps }),
    ...linkProblems(simulation, headingsByPage),
    ...citationProblems(
      { file: fileOf(simulation), text: [wordsOf(simulation), ...rules.map((rule) => rule.text)].join('\n'), cited: simulation.data.sources, required: ruleSources },
      catalogue.map((entry) => ({ id: entry.id, mentions: entry.data.mentions })),
    ),
  ]);
  if (problems.length > 0) throw new Error(`Call simulations have ${problems.length} problem(s):\n${problems.join('\n')}`);
  return simulations
    .sort((a, b) => a.data.order - b.data.order)
    .map((simulation) => ({
      ...simulation,
      rules,
      sources: simulation.data.sources.map((id) => ({ id, ...catalogue.find((entry) => entry.id === id)!.data })),
    }));
}

export function getSimulations(): Promise<CheckedSimulation[]> {
  cached ??= load();
  return cached;
}
