import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 360, height: 740 } });
p.on('console', m => console.log('console:', m.type(), m.text()));
p.on('pageerror', e => console.log('pageerror:', e.message));
const reqs = []; p.on('request', r => reqs.push(r.url().replace('http://127.0.0.1:4700','')));
await p.goto('http://127.0.0.1:4700/articles/yiwu-case/');
console.log('before open:', reqs.filter(u => /pagefind|search|dialog|panel|engine/.test(u)));
await p.click('a[data-search-trigger]');
await p.waitForSelector('dialog[open]');
for (const q of process.argv.slice(2)) {
  await p.fill('dialog input[type=search]', q);
  await p.waitForFunction((q) => { const s = document.querySelector('dialog [data-search-status]'); return s && s.textContent && !s.textContent.includes('正在') && s.textContent.includes(q.trim()) ; }, q, { timeout: 10000 }).catch(e => console.log('timeout', q));
  const res = await p.$$eval('dialog a[data-result]', as => as.map(a => a.getAttribute('href')));
  const status = await p.textContent('dialog [data-search-status]');
  console.log(q, '→', status, res.join(' '));
}
await p.screenshot({ path: '/tmp/search.png' });
await b.close();
