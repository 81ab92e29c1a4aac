/**
 * A call simulation is a graph of steps: each step offers choices that lead to other steps,
 * and endings close it. A scenario that strands the reader (a step nobody can reach, a
 * path that never ends, a choice into nothing) would teach nothing, so the build checks
 * every scenario here and fails naming the file and the step.
 */
export const ENDING_KINDS = ['lost', 'stopped', 'safe'] as const;
export type EndingKind = (typeof ENDING_KINDS)[number];

/** The least a scenario needs to be worth playing: several turns and several ways out. */
export const MIN_STEPS = 8;
export const MIN_ENDINGS = 3;

export interface GraphStep {
  id: string;
  /** Where each choice leads; an ending has none. */
  choices?: readonly { next: string }[] | undefined;
  ending?: EndingKind | undefined;
}

export interface Graph {
  /** The scenario's file, for error messages. */
  file: string;
  start: string;
  steps: readonly GraphStep[];
}

/** Steps reachable from `from` by following `edges`. */
function reach(from: Iterable<string>, edges: ReadonlyMap<string, readonly string[]>): Set<string> {
  const seen = new Set<string>();
  const queue = [...from];
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...(edges.get(id) ?? []));
  }
  return seen;
}

/** Every way the scenario could strand a reader, one message per problem; empty when it plays. */
export function graphProblems({ file, start, steps }: Graph): string[] {
  const problems: string[] = [];
  const at = (id: string) => `${file}: step "${id}"`;
  const ids = new Set<string>();
  for (const step of steps) {
    if (ids.has(step.id)) problems.push(`${at(step.id)}: the id is used by two steps. Give each step its own id.`);
    ids.add(step.id);
  }
  if (!ids.has(start)) problems.push(`${file}: start is "${start}", which is not a step. Steps: ${[...ids].join(', ')}`);

  const forward = new Map<string, string[]>();
  const backward = new Map<string, string[]>();
  for (const step of steps) {
    const choices = step.choices ?? [];
    if (step.ending && choices.length > 0) problems.push(`${at(step.id)}: an ending offers no choices. Remove its choices or its ending.`);
    if (!step.ending && choices.length === 0) problems.push(`${at(step.id)}: has no choices and is no ending, so the reader is stuck. Add choices, or make it an ending.`);
    choices.forEach((choice, index) => {
      if (!ids.has(choice.next)) {
        problems.push(`${at(step.id)}: choice ${index + 1} leads to "${choice.next}", which is not a step.`);
        return;
      }
      forward.set(step.id, [...(forward.get(step.id) ?? []), choice.next]);
      backward.set(choice.next, [...(backward.get(choice.next) ?? []), step.id]);
    });
  }

  if (ids.has(start)) {
    const reachable = reach([start], forward);
    for (const step of steps) {
      if (!reachable.has(step.id)) problems.push(`${at(step.id)}: cannot be reached from the start ("${start}"). Link a choice to it, or remove it.`);
    }
  }
  const endings = steps.filter((step) => step.ending);
  const canEnd = reach(
    endings.map((step) => step.id),
    backward,
  );
  for (const step of steps) {
    if (!canEnd.has(step.id)) problems.push(`${at(step.id)}: no path from here reaches an ending, so the scenario never finishes.`);
  }
  if (steps.length < MIN_STEPS) problems.push(`${file}: has ${steps.length} steps; a scenario needs at least ${MIN_STEPS}.`);
  if (endings.length < MIN_ENDINGS) problems.push(`${file}: has ${endings.length} endings; a scenario needs at least ${MIN_ENDINGS}.`);
  return problems;
}

/** The steps in the order a reader meets them on the shortest path from the start: the page lists them so. */
export function stepOrder({ start, steps }: Graph): string[] {
  const byId = new Map(steps.map((step) => [step.id, step]));
  const order: string[] = [];
  const seen = new Set<string>([start]);
  const queue = [start];
  while (queue.length > 0) {
    const id = queue.shift()!;
    order.push(id);
    for (const choice of byId.get(id)?.choices ?? []) {
      if (!seen.has(choice.next) && byId.has(choice.next)) {
        seen.add(choice.next);
        queue.push(choice.next);
      }
    }
  }
  return order;
}

/**
 * The fewest choices from each step to an ending: the progress bar fills as the reader
 * nears one, however the scenario branches.
 */
export function distancesToEnding({ steps }: Graph): Map<string, number> {
  const into = new Map<string, string[]>();
  for (const step of steps) for (const choice of step.choices ?? []) into.set(choice.next, [...(into.get(choice.next) ?? []), step.id]);
  const distance = new Map<string, number>(steps.filter((step) => step.ending).map((step) => [step.id, 0]));
  const queue = [...distance.keys()];
  while (queue.length > 0) {
    const id = queue.shift()!;
    for (const before of into.get(id) ?? []) {
      if (!distance.has(before)) {
        distance.set(before, distance.get(id)! + 1);
        queue.push(before);
      }
    }
  }
  return distance;
}
