import { getCollection, type CollectionEntry } from 'astro:content';
import { missingTarget, type HeadingsByPage } from '../lib/links.ts';
import { graphProblems } from '../lib/simulation/graph.ts';
import { resolveSources, type CitedSource } from './sources.ts';
import { getCardRulesWithSources, type CardRule } from './card-rules.ts';
import { getHeadingsByPage } from './headings.ts';

/**
 * The call simulations (content/simulations/*.yaml), in their `order`, checked against
 * themselves and the site: a step nobody reaches, a path that never ends, a choice into
 * nothing, or a link to a missing page, heading or glossary entry fails the build with the
 * file and the step; their words are checked with every channel's (./word-checks.ts). Every page that plays or lists a
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

async function load(): Promise<CheckedSimulation[]> {
  const [simulations, headingsByPage, rules] = await Promise.all([getCollection('simulations'), getHeadingsByPage(), getCardRulesWithSources()]);
  const problems = simulations.flatMap((simulation) => [
    ...graphProblems({ file: fileOf(simulation), start: simulation.data.start, steps: simulation.data.steps }),
    ...linkProblems(simulation, headingsByPage),
  ]);
  if (problems.length > 0) throw new Error(`Call simulations have ${problems.length} problem(s):\n${problems.join('\n')}`);
  return Promise.all(
    simulations.sort((a, b) => a.data.order - b.data.order).map(async (simulation) => ({ ...simulation, rules, sources: await resolveSources(simulation.data.sources) })),
  );
}

export function getSimulations(): Promise<CheckedSimulation[]> {
  cached ??= load();
  return cached;
}
