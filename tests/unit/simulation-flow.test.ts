import { describe, expect, it } from 'vitest';
import { simulationStart, simulationStep, viewOf, type SimulationAction, type SimulationMap } from '../../src/lib/simulation/flow.ts';

// A small scenario as the page draws it: s1 → (careful a | risky b) → s2 → (careful c) → end.
const map: SimulationMap = {
  start: 's1',
  sections: [
    { id: 's1', kind: 'step', distance: 2 },
    { id: 's1--1', kind: 'feedback', distance: 1, verdict: 'careful', sign: '不加微信' },
    { id: 's1--2', kind: 'feedback', distance: 1, verdict: 'risky', sign: '要你加微信' },
    { id: 's2', kind: 'step', distance: 1 },
    { id: 's2--1', kind: 'feedback', distance: 0, verdict: 'careful', sign: '自己打回去' },
    { id: 's2--2', kind: 'feedback', distance: 0, verdict: 'risky', sign: '要你加微信' },
    { id: 'end', kind: 'ending', distance: 0 },
  ],
};
const play = (...actions: SimulationAction[]) => actions.reduce((state, action) => simulationStep(state, action, map), simulationStart(map));
const go = (id: string): SimulationAction => ({ type: 'go', id });

describe('a call simulation played step by step', () => {
  it('starts at the first step, or at the section a shared link names', () => {
    expect(simulationStart(map).path).toEqual(['s1']);
    expect(simulationStart(map, 's2').path).toEqual(['s2']);
    expect(simulationStart(map, 'nowhere').path).toEqual(['s1']);
  });

  it('follows choices and counts steps, not feedback, for the progress', () => {
    const state = play(go('s1--1'), go('s2'));
    expect(state.path).toEqual(['s1', 's1--1', 's2']);
    expect(viewOf(state, map)).toMatchObject({ step: 2, percent: 67, canGoBack: true });
    expect(viewOf(simulationStart(map), map)).toMatchObject({ step: 1, percent: 33, canGoBack: false });
  });

  it('goes back to the step before the current one, skipping the feedback between', () => {
    expect(play(go('s1--1'), go('s2'), { type: 'back' }).path).toEqual(['s1']);
    // From feedback, back is the step it answered.
    expect(play(go('s1--1'), go('s2'), go('s2--2'), { type: 'back' }).path).toEqual(['s1', 's1--1', 's2']);
    expect(play({ type: 'back' }).path).toEqual(['s1']);
  });

  it('starts over at the first step, and the back button returns along the path', () => {
    expect(play(go('s1--1'), go('s2'), go('s1')).path).toEqual(['s1']);
    expect(play(go('s1--1'), go('s2'), { type: 'history', id: 's1--1' }).path).toEqual(['s1', 's1--1']);
    expect(play(go('s1--1'), { type: 'history', id: 's2' }).path).toEqual(['s1', 's1--1', 's2']);
    expect(play(go('s1--1'), { type: 'history', id: '' }).path).toEqual(['s1']);
  });

  it('counts a scenario finished only when its ending was reached by playing, not opened from a shared link', () => {
    expect(viewOf(play(go('s1--1'), go('s2'), go('s2--1'), go('end')), map).played).toBe(true);
    expect(viewOf(simulationStart(map, 'end'), map).played).toBe(false);
    expect(viewOf(simulationStart(map, 's2'), map).played).toBe(false);
    // A shared link to a middle step, played on to the end: the first step was never seen.
    expect(viewOf(simulationStep(simulationStart(map, 's2'), go('end'), map), map).played).toBe(false);
  });

  it('ignores a link to a section that does not exist', () => {
    expect(play(go('s1--1'), go('nowhere')).path).toEqual(['s1', 's1--1']);
  });

  it('at an ending, lists the signs noticed and missed on this path, each once', () => {
    const view = viewOf(play(go('s1--2'), go('s2'), go('s2--2'), go('end')), map);
    expect(view).toMatchObject({ percent: 100, seen: [], missed: ['要你加微信'] });
    const careful = viewOf(play(go('s1--1'), go('s2'), go('s2--1'), go('end')), map);
    expect(careful).toMatchObject({ seen: ['不加微信', '自己打回去'], missed: [] });
    // A path that went back only counts the choices still on it.
    const changed = viewOf(play(go('s1--2'), { type: 'back' }, go('s1--1'), go('s2'), go('s2--1'), go('end')), map);
    expect(changed.missed).toEqual([]);
  });
});
