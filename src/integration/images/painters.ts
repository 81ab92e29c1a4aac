import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Drawing } from './drawings.ts';

/**
 * Paints a build's drawings on worker threads, one per core. Laying out and painting a cover
 * is about 30 ms of work that never waits on anything: in the build's own thread, 600 covers
 * at 300 articles held everything else up, the WeChat export and the fact sheets included,
 * while the second core idled. The workers start at the first drawing to paint, so a build
 * that finds every image in the cache starts none.
 */
export interface Painters {
  paint(drawing: Drawing): Promise<Buffer>;
  /** Ends the workers; call it once every drawing is painted. */
  stop(): Promise<void>;
}

type Reply = { id: number; png: Uint8Array; error?: undefined } | { id: number; error: string };

/** `texts`: the words of every drawing that may be painted (the font slices are chosen for them). */
export function startPainters(texts: readonly string[]): Painters {
  const waiting = new Map<number, { resolve: (png: Buffer) => void; reject: (error: Error) => void }>();
  let workers: { worker: Worker; busy: number }[] = [];
  let nextId = 0;

  const start = () =>
    Array.from({ length: Math.max(1, availableParallelism()) }, () => {
      const worker = new Worker(new URL('./paint-worker.ts', import.meta.url), { workerData: { texts: [...texts] } });
      const entry = { worker, busy: 0 };
      worker.on('message', (reply: Reply) => {
        entry.busy -= 1;
        const job = waiting.get(reply.id)!;
        waiting.delete(reply.id);
        if (reply.error === undefined) job.resolve(Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength));
        else job.reject(new Error(reply.error));
      });
      worker.on('error', (error) => {
        for (const job of waiting.values()) job.reject(error);
        waiting.clear();
      });
      return entry;
    });

  return {
    paint(drawing) {
      if (workers.length === 0) workers = start();
      // The worker with the fewest drawings waiting.
      const entry = workers.reduce((least, candidate) => (candidate.busy < least.busy ? candidate : least));
      entry.busy += 1;
      const id = nextId++;
      return new Promise<Buffer>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        entry.worker.postMessage({ id, drawing });
      });
    },
    async stop() {
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
      workers = [];
    },
  };
}
