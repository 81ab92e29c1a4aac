import { parentPort, workerData } from 'node:worker_threads';
import { painter, type Drawing } from './drawings.ts';

/**
 * A worker thread of ./painters.ts: paints the drawings it is sent, with the font for the
 * words it was started with, and answers each with its PNG or why it failed.
 */
const paint = painter((workerData as { texts: string[] }).texts);

parentPort!.on('message', async ({ id, drawing }: { id: number; drawing: Drawing }) => {
  try {
    parentPort!.postMessage({ id, png: await paint(drawing) });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
