import { describe, expect, it } from 'vitest';
import { distancesToEnding, graphProblems, stepOrder, type Graph, type GraphStep } from '../../src/lib/simulation/graph.ts';

const step = (id: string, ...next: string[]): GraphStep => ({ id, choices: next.map((n) => ({ next: n })) });
const end = (id: string, ending: 'lost' | 'stopped' | 'safe'): GraphStep => ({ id, ending });

/** A scenario that plays: 9 steps, 3 endings, every step on a path from start to an ending. */
const good: Graph = {
  file: 'content/simulations/good.yaml',
  start: 'call',
  steps: [
    step('call', 'listen', 'hang-up'),
    step('listen', 'add-wechat', 'check-app'),
    step('add-wechat', 'share-screen', 'check-app'),
    step('share-screen', 'give-code', 'hang-up'),
    step('give-code', 'lost'),
    step('check-app', 'safe'),
    step('hang-up', 'safe', 'stopped'),
    end('lost', 'lost'),
    end('stopped', 'stopped'),
    end('safe', 'safe'),
  ],
};

const without = (graph: Graph, id: string): Graph => ({ ...graph, steps: graph.steps.filter((s) => s.id !== id) });
const replace = (graph: Graph, changed: GraphStep): Graph => ({ ...graph, steps: graph.steps.map((s) => (s.id === changed.id ? changed : s)) });

describe('graphProblems', () => {
  it('finds nothing wrong with a scenario that plays', () => {
    expect(graphProblems(good)).toEqual([]);
  });

  it('names a choice that leads to a missing step, with file, step and choice', () => {
    const graph = replace(good, step('check-app', 'safe', 'nowhere'));
    expect(graphProblems(graph)).toContain('content/simulations/good.yaml: step "check-app": choice 2 leads to "nowhere", which is not a step.');
  });

  it('names a step that cannot be reached from the start', () => {
    const graph = { ...good, steps: [...good.steps, step('orphan', 'safe')] };
    expect(graphProblems(graph)).toEqual(['content/simulations/good.yaml: step "orphan": cannot be reached from the start ("call"). Link a choice to it, or remove it.']);
  });

  it('names every step from which no path reaches an ending', () => {
    // A loop with no way out: listen ↔ loop.
    const graph = replace(good, step('listen', 'loop'));
    const problems = graphProblems({ ...graph, steps: [...graph.steps, step('loop', 'listen')] });
    expect(problems).toContain('content/simulations/good.yaml: step "listen": no path from here reaches an ending, so the scenario never finishes.');
    expect(problems).toContain('content/simulations/good.yaml: step "loop": no path from here reaches an ending, so the scenario never finishes.');
    expect(problems.some((p) => p.includes('step "call"'))).toBe(false);
  });

  it('names a step with no choices that is no ending, and an ending with choices', () => {
    const stuck = replace(good, { id: 'check-app' });
    expect(graphProblems(stuck)).toContain('content/simulations/good.yaml: step "check-app": has no choices and is no ending, so the reader is stuck. Add choices, or make it an ending.');
    const talkative = replace(good, { id: 'safe', ending: 'safe', choices: [{ next: 'call' }] });
    expect(graphProblems(talkative)).toContain('content/simulations/good.yaml: step "safe": an ending offers no choices. Remove its choices or its ending.');
  });

  it('asks for at least 8 steps and 3 endings', () => {
    const small: Graph = { file: 'f.yaml', start: 'a', steps: [step('a', 'b', 'c'), end('b', 'lost'), end('c', 'safe')] };
    expect(graphProblems(small)).toEqual(['f.yaml: has 3 steps; a scenario needs at least 8.', 'f.yaml: has 2 endings; a scenario needs at least 3.']);
  });

  it('names a missing start and a repeated id', () => {
    expect(graphProblems({ ...good, start: 'ring' })[0]).toMatch(/^content\/simulations\/good\.yaml: start is "ring", which is not a step\. Steps: call, listen/);
    const twice = { ...good, steps: [...good.steps, step('listen', 'safe')] };
    expect(graphProblems(twice)).toContain('content/simulations/good.yaml: step "listen": the id is used by two steps. Give each step its own id.');
  });

  it('still reports a dangling choice when its step is removed', () => {
    expect(graphProblems(without(good, 'give-code'))).toContain('content/simulations/good.yaml: step "share-screen": choice 1 leads to "give-code", which is not a step.');
  });
});

describe('stepOrder and distancesToEnding', () => {
  it('lists steps breadth first from the start, each once', () => {
    expect(stepOrder(good)).toEqual(['call', 'listen', 'hang-up', 'add-wechat', 'check-app', 'safe', 'stopped', 'share-screen', 'give-code', 'lost']);
  });

  it('counts the fewest choices from each step to an ending', () => {
    const distance = distancesToEnding(good);
    expect(distance.get('safe')).toBe(0);
    expect(distance.get('check-app')).toBe(1);
    expect(distance.get('call')).toBe(2);
    expect(distance.get('share-screen')).toBe(2);
  });
});
