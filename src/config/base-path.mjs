/**
 * The path prefix the site is built and served under (BASE_PATH), always starting and
 * ending with "/". Plain JavaScript, not TypeScript: the kiosk's server
 * (scripts/serve.mjs) imports it and runs under whatever Node the device has (Debian's
 * Node 20 cannot load .ts files); src/config/deployment.ts uses the same function.
 *
 * @param {string | undefined} raw
 * @returns {string}
 */
export function normaliseBasePath(raw) {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  if (trimmed === '') return '/';
  if (!/^[A-Za-z0-9._~\-/]+$/.test(trimmed) || trimmed.split('/').some((part) => part === '' || part === '..')) {
    throw new Error(`BASE_PATH "${raw}" is not a usable URL path. Use letters, digits, "-", "_" or "." separated by "/", e.g. BASE_PATH=/fangpian/`);
  }
  return `/${trimmed}/`;
}
