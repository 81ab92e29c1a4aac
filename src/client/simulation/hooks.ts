import type { SimulationMap } from '../../lib/simulation/flow.ts';
import { defineHooks, defineIslandData } from '../hooks.ts';

/**
 * The call simulation's markup–script contract: the hooks SimulationPlayer.astro draws and
 * the <call-simulation> island (./index.ts) finds, and the scenario's map it is handed.
 */
export const simulationHooks = defineHooks('call-simulation', [
  'sim-bar',
  'sim-progress',
  'sim-progress-bar',
  'sim-back',
  'sim-restart',
  'sim-announce',
  'sim-read',
  'sim-lines',
  'sim-seen',
  'sim-missed',
] as const);

/** The sections of the page and how they connect (src/lib/simulation/flow.ts), plus the words the script fills in. */
export interface SimulationData {
  /** The scenario's id, remembered on this device once played to an ending. */
  id: string;
  map: SimulationMap;
  /** "第 {step} 步". */
  progress: string;
}

export const simulationData = defineIslandData<SimulationData>('simulation-data');

/** The list of scenarios on /simulate/ (<simulation-list>, ./list.ts): each item, and its "played" mark. */
export const simulationListHooks = defineHooks('simulation-list', ['simulation', 'finished-mark'] as const);
