import { defineHooks, defineIslandData } from '../hooks.ts';

/** The save control's contract (components/offline/SaveOfflineCopy.astro and ./index.ts). */
export const offlineCopyHooks = defineHooks('save-offline-copy', [
  'offline-copy-control',
  'offline-copy-save',
  'offline-copy-size',
  'offline-copy-state',
  'offline-copy-unsupported',
] as const);

/** The sentences the control shows, from the UI table. */
export interface OfflineCopyData {
  size: string;
  saving: string;
  saved: string;
  failed: string;
  /** Where the build publishes the copy's size (src/integration/service-worker.ts). */
  sizeFile: string;
}

export const offlineCopyData = defineIslandData<OfflineCopyData>('offline-copy-data');
