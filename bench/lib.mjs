// Small helpers shared by the page, Lighthouse and build benchmarks.
import { spawn } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// Level 9 is what a well-configured static host (or a pre-compressed upload) serves.
export const gzipBytes = (buffer) => gzipSync(buffer, { level: 9 }).length;

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

export async function folderSize(dir) {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
    files += 1;
  }
  return { bytes, files };
}

// Ask the OS for a port nobody uses, so a bench never collides with `npm start` or tests.
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitForServer(url) {
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Server at ${url} did not start`);
}

// The same static server users and the e2e tests get (scripts/serve.mjs), on a free port.
export async function serveDist({ dist = 'dist', base = '/' } = {}) {
  const port = await freePort();
  const server = spawn(process.execPath, ['scripts/serve.mjs', '--dir', dist, '--port', String(port)], {
    stdio: 'ignore',
    env: { ...process.env, BASE_PATH: base },
  });
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitForServer(`${origin}${base}`);
  } catch (error) {
    server.kill();
    throw error;
  }
  return { origin, base, close: () => server.kill() };
}
