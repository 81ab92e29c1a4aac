// Waits until the kiosk's local server answers its start page, so Chromium never opens on
// "无法访问此网站" when the browser's unit starts before the server (at boot both start at
// once). Run by fangpian-kiosk-browser.service with the device's own Node (Node 20 is
// enough). Usage: node wait-for-server.mjs [url] [seconds]; exits 1 if the time runs out.
const url = process.argv[2] ?? 'http://127.0.0.1:4321/kiosk/';
const seconds = Number(process.argv[3] ?? 120);
const deadline = Date.now() + seconds * 1000;

while (Date.now() < deadline) {
  // A server that accepts the connection but never answers must not hold the loop past the deadline.
  const ok = await fetch(url, { signal: AbortSignal.timeout(2000) }).then(
    (response) => response.ok,
    () => false,
  );
  if (ok) process.exit(0);
  await new Promise((resolve) => setTimeout(resolve, 500));
}
console.error(`${url} did not answer within ${seconds} s: is fangpian-kiosk.service running? (systemctl status fangpian-kiosk)`);
process.exit(1);
