import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { KIOSK_CHROMIUM_FLAGS } from '../../src/config/kiosk-browser.mjs';

/**
 * The kiosk as it is installed on a device (deploy/kiosk/): the server started exactly as
 * its systemd unit starts it, with the device's own Node, answers the start page; the
 * browser's unit runs Chromium with the kiosk flags and both restart when they stop.
 */
interface Unit {
  execStart: string;
  workingDirectory: string | undefined;
  restart: string | undefined;
}

function readUnit(file: string): Unit {
  const text = readFileSync(file, 'utf8');
  const value = (key: string) => new RegExp(`^${key}=(.*)$`, 'm').exec(text)?.[1]?.trim();
  const execStart = value('ExecStart');
  if (!execStart) throw new Error(`${file} has no ExecStart`);
  return { execStart, workingDirectory: value('WorkingDirectory'), restart: value('Restart') };
}

/** A port nothing listens on, for the server under test. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

describe('the kiosk installed as systemd units', () => {
  const server = readUnit('deploy/kiosk/fangpian-kiosk.service');
  const browser = readUnit('deploy/kiosk/fangpian-kiosk-browser.service');

  it('on desktops without a systemd graphical session, an autostart entry passes the display on and starts the browser\'s unit', () => {
    const entry = readFileSync('deploy/kiosk/fangpian-kiosk-browser.desktop', 'utf8');
    const exec = /^Exec=(.*)$/m.exec(entry)?.[1] ?? '';
    expect(exec).toContain('systemctl --user import-environment DISPLAY XAUTHORITY WAYLAND_DISPLAY');
    expect(exec).toContain('systemctl --user start fangpian-kiosk-browser');
    expect(entry).toMatch(/^Type=Application$/m);
  });

  it('Chromium waits for the server first: the wait answers once the start page does, and gives up with a reason', { timeout: 30_000 }, async () => {
    const text = readFileSync('deploy/kiosk/fangpian-kiosk-browser.service', 'utf8');
    const wait = /^ExecStartPre=(\/usr\/bin\/node \S+wait-for-server\.mjs) (\S+) (\d+)$/m.exec(text);
    expect(wait, 'the browser unit waits for the server with deploy/kiosk/wait-for-server.mjs').toBeTruthy();
    expect(wait![2]).toBe(browser.execStart.split(/\s+/).at(-1));
    const run = (url: string, seconds: string) =>
      new Promise<{ code: number | null; output: string }>((resolve) => {
        const child = spawn('/usr/bin/node', ['deploy/kiosk/wait-for-server.mjs', url, seconds], { env: { PATH: '/usr/bin:/bin' } });
        let output = '';
        child.stderr.on('data', (chunk) => (output += chunk));
        child.on('close', (code) => resolve({ code, output }));
      });
    const port = await freePort();
    const nothing = await run(`http://127.0.0.1:${port}/kiosk/`, '1');
    expect(nothing.code).toBe(1);
    expect(nothing.output).toContain('fangpian-kiosk.service');
    const answering = createHttpServer((_, response) => response.end('ok'));
    await new Promise<void>((resolve) => answering.listen(port, '127.0.0.1', resolve));
    try {
      expect((await run(`http://127.0.0.1:${port}/kiosk/`, '5')).code).toBe(0);
    } finally {
      answering.close();
    }
  });

  it('locks the browser down with a managed policy: no printing, downloads, devtools, file dialogs, popups or internal pages', () => {
    const policy = JSON.parse(readFileSync('deploy/kiosk/chromium-policy.json', 'utf8')) as Record<string, unknown>;
    expect(policy).toMatchObject({
      PrintingEnabled: false,
      // 3: every download blocked.
      DownloadRestrictions: 3,
      // 2: the developer tools cannot be opened.
      DeveloperToolsAvailability: 2,
      AllowFileSelectionDialogs: false,
      // 2: every window is incognito, as --incognito asks.
      IncognitoModeAvailability: 2,
      BrowserGuestModeEnabled: false,
      TaskManagerEnabled: false,
      // 2: no page opens a window of its own.
      DefaultPopupsSetting: 2,
    });
    expect(policy['URLBlocklist']).toEqual(expect.arrayContaining(['file://*', 'chrome://*', 'devtools://*', 'view-source:*']));
    // The README installs it where Debian's Chromium reads managed policies.
    expect(readFileSync('README.md', 'utf8')).toContain('deploy/kiosk/chromium-policy.json /etc/chromium/policies/managed/');
  });

  it('restarts both the server and Chromium when they stop', () => {
    expect(server.restart).toBe('always');
    expect(browser.restart).toBe('always');
  });

  it('starts Chromium with every kiosk flag, at the start page the server serves', () => {
    const [binary, ...args] = browser.execStart.split(/\s+/);
    expect(binary).toBe('/usr/bin/chromium');
    expect(args.slice(0, -1)).toEqual(KIOSK_CHROMIUM_FLAGS);
    const port = /--port (\d+)/.exec(server.execStart)?.[1];
    expect(args.at(-1)).toBe(`http://127.0.0.1:${port}/kiosk/`);
  });

  it('serves /kiosk/ when started exactly as the unit starts it, with the device\'s Node', { timeout: 30_000 }, async () => {
    expect(existsSync('dist-kiosk/kiosk/index.html'), 'run `npm run build:kiosk` first').toBe(true);
    const [node, ...args] = server.execStart.split(/\s+/);
    // The unit names Debian's Node (apt install nodejs), not the one npm puts on the PATH for building.
    expect(existsSync(node!), `${node} is missing: install Debian's nodejs (apt install nodejs), which the unit runs`).toBe(true);
    expect(server.workingDirectory).toBe('/opt/fangpian');
    // Only the port changes (another test may hold 4321); the folder is this checkout instead of /opt/fangpian.
    const port = await freePort();
    const portAt = args.indexOf('--port');
    args[portAt + 1] = String(port);
    const child = spawn(node!, args, { cwd: process.cwd(), env: { PATH: '/usr/bin:/bin' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    try {
      let response: Response | undefined;
      for (let attempt = 0; attempt < 50 && !response; attempt++) {
        response = await fetch(`http://127.0.0.1:${port}/kiosk/`).catch(() => undefined);
        if (!response) await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(response?.status, output).toBe(200);
      expect(await response!.text()).toContain('data-kiosk');
      // Pages are never kept: the back-forward cache cannot show the next visitor the last one's page.
      expect(response!.headers.get('cache-control')).toBe('no-store');
      const style = (await fetch(`http://127.0.0.1:${port}/favicon.svg`)).headers.get('cache-control');
      expect(style).toBe('no-cache');
    } finally {
      child.kill();
    }
  });
});
