/**
 * A call simulation's play-through as one pure function, beside the quiz's
 * (src/lib/quiz/flow.ts): given the sections shown so far and what the reader did, the
 * sections shown next. The island draws what `viewOf` says; every rule of the flow (what
 * "上一步" goes back to, what the browser's back button does, which signs were seen or
 * missed) lives here and is unit tested.
 */
export type SectionKind = 'step' | 'feedback' | 'ending';

/** A section of the scenario's page: a step, the feedback on a choice, or an ending. */
export interface SimulationSection {
  id: string;
  kind: SectionKind;
  /** Steps still to go from here to the nearest ending (0 at an ending). */
  distance: number;
  /** For feedback: whether the choice was careful or risky, and the sign to notice. */
  verdict?: 'careful' | 'risky';
  sign?: string;
}

/** The scenario as the page draws it: its sections by id and the first step's. */
export interface SimulationMap {
  start: string;
  sections: readonly SimulationSection[];
}

/** The sections shown in this play-through, newest last. */
export interface SimulationState {
  path: readonly string[];
}

export type SimulationAction =
  /** A link followed: a choice, "继续", "从头再来". */
  | { type: 'go'; id: string }
  /** The browser's back or forward button, which may return to a section already on the path. */
  | { type: 'history'; id: string }
  /** "上一步": back to the step before the current one. */
  | { type: 'back' };

export interface SimulationView {
  current: SimulationSection;
  /** Which step the reader is on, counting from 1, and how far along, 0–100. */
  step: number;
  percent: number;
  canGoBack: boolean;
  /** At an ending: the signs the reader noticed (careful choices) and missed (risky ones), each once. */
  seen: string[];
  missed: string[];
  /** At an ending reached by playing from the first step: the scenario counts as finished. A shared link to an ending does not. */
  played: boolean;
}

export function simulationStart(map: SimulationMap, id?: string): SimulationState {
  return { path: [id !== undefined && sectionOf(map, id) ? id : map.start] };
}

const sectionOf = (map: SimulationMap, id: string) => map.sections.find((section) => section.id === id);
const isStep = (map: SimulationMap, id: string) => sectionOf(map, id)?.kind === 'step';

export function simulationStep(state: SimulationState, action: SimulationAction, map: SimulationMap): SimulationState {
  const { path } = state;
  switch (action.type) {
    case 'go':
    case 'history': {
      if (!sectionOf(map, action.id)) return action.type === 'history' ? { path: [map.start] } : state;
      if (action.id === map.start) return { path: [action.id] };
      const seen = path.lastIndexOf(action.id);
      if (action.type === 'history' && seen >= 0) return { path: path.slice(0, seen + 1) };
      return { path: [...path, action.id] };
    }
    case 'back': {
      // Back to the step before the current one, skipping the feedback between them.
      const steps = path.filter((id) => isStep(map, id));
      const current = path[path.length - 1]!;
      // (No Array.prototype.at: WeChat's older webviews lack it.)
      const target = isStep(map, current) ? steps[steps.length - 2] : steps[steps.length - 1];
      if (target === undefined) return state;
      return { path: [...path.slice(0, path.lastIndexOf(target)), target] };
    }
  }
}

export function viewOf(state: SimulationState, map: SimulationMap): SimulationView {
  const current = sectionOf(map, state.path[state.path.length - 1]!)!;
  const step = Math.max(state.path.filter((id) => isStep(map, id)).length, 1);
  const left = current.kind === 'ending' ? 0 : current.distance;
  const choices = current.kind === 'ending' ? state.path.map((id) => sectionOf(map, id)!).filter((section) => section.kind === 'feedback') : [];
  const signs = (verdict: 'careful' | 'risky') => [...new Set(choices.filter((c) => c.verdict === verdict).map((c) => c.sign ?? ''))];
  return {
    current,
    step,
    percent: Math.round((100 * step) / (step + left)),
    canGoBack: state.path.length > 1,
    seen: signs('careful'),
    missed: signs('risky'),
    played: current.kind === 'ending' && state.path[0] === map.start && state.path.length > 1,
  };
}
