import { readFinished } from '../../lib/simulation/finished.ts';
import { defineIsland } from '../island.ts';
import { simulationListHooks as hooks } from './hooks.ts';

/** <simulation-list>: marks on /simulate/ the scenarios this device has played to an ending. */
defineIsland('simulation-list', (root) => {
  let finished = new Set<string>();
  try {
    finished = readFinished(localStorage);
  } catch {
    // Storage off (localStorage itself throws in some webviews): no marks.
  }
  for (const item of hooks.findAll(root, 'simulation')) {
    if (finished.has(hooks.read(item, 'simulation')!)) hooks.find(item, 'finished-mark').hidden = false;
  }
});
