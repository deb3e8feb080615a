// Times the published add-in in headless Chromium, as the browser test drives it: the task pane
// served locally, Office.js replaced by the test double (tests/ReportBuilder.AddIn.Tests/OfficeDouble.js).
// Usage: node bench.mjs SITE_DIR RUNS WORKBOOK... (bench/addin.sh passes them)
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, extname, basename, resolve } from 'node:path';

const [site, runsText, ...workbooks] = process.argv.slice(2);
const runs = Number(runsText);
// How long after the pane is ready the first Generate is clicked (a user choosing), ms.
const idle = Number(process.env.IDLE_MS ?? 5000);
const root = resolve(import.meta.dirname, '../..');
const double = await readFile(join(root, 'tests/ReportBuilder.AddIn.Tests/OfficeDouble.js'), 'utf8');
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm', '.png': 'image/png' };
const offered = new Map();

const server = createServer(async (request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
  try {
    const body = path.startsWith('/test-files/') ? offered.get(path.slice(12)) : await readFile(join(site, path));
    if (!body) throw new Error('not found');
    response.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
}).listen(0, '127.0.0.1');
await new Promise(r => server.once('listening', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

/** Chromium's renderer processes now: pid → peak resident memory (VmHWM, bytes) so far. */
async function renderers() {
  const peaks = new Map();
  for (const pid of (await readdir('/proc')).filter(p => /^\d+$/.test(p))) {
    try {
      const command = await readFile(`/proc/${pid}/cmdline`, 'utf8');
      if (!command.includes('--type=renderer')) continue;
      const peak = /VmHWM:\s+(\d+) kB/.exec(await readFile(`/proc/${pid}/status`, 'utf8'));
      if (peak) peaks.set(pid, Number(peak[1]) * 1024);
    } catch { /* gone meanwhile */ }
  }
  return peaks;
}

/**
 * A fresh browser context (nothing cached): ms to a usable pane, ms to generate both languages,
 * the files fetched, and the peak memory of the pane's renderer process (the page, its worker
 * and the engine's WebAssembly memory; the Office double's copy of the file included).
 */
async function once(workbook, period) {
  const name = basename(workbook);
  offered.set(name, await readFile(workbook));
  const before = await renderers();
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  const fetched = [];
  page.on('request', r => fetched.push(r.url()));
  await page.route('https://appsforoffice.microsoft.com/**', route => route.fulfill({ status: 200, contentType: 'text/javascript', body: double }));
  await page.addInitScript(s => { window.officeDouble = s; }, { workbookUrl: `/test-files/${name}`, name, displayLanguage: 'en-US' });
  const opened = performance.now();
  await page.goto(`${origin}/taskpane.html`);
  await page.locator('#generate:enabled').waitFor({ timeout: 120_000 });
  const ready = performance.now();
  if (period) {
    await page.selectOption('#period-kind', 'range');
    await page.fill('#period-day', period[0]);
    await page.fill('#period-to', period[1]);
  }
  // Staff read the pane and choose before they click: the engine warms up meanwhile.
  await page.waitForTimeout(idle);
  const times = [];
  for (let click = 0; click < 2; click++) {
    const clicked = performance.now();
    await page.click('#generate');
    await page.locator('#drafts button.download').nth(1).waitFor({ timeout: 600_000 });
    times.push(performance.now() - clicked);
    await page.evaluate(() => { document.getElementById('drafts').replaceChildren(); });
  }
  const peak = Math.max(0, ...[...(await renderers())].filter(([pid]) => !before.has(pid)).map(([, bytes]) => bytes));
  await context.close();
  return { start: ready - opened, generate: times[0], again: times[1], fetched, peak };
}

const median = values => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
const brotliBytes = async urls => {
  let total = 0;
  for (const url of new Set(urls.filter(u => u.startsWith(origin) && !u.includes('/test-files/')))) {
    const file = join(site, decodeURIComponent(new URL(url).pathname));
    total += (await stat(file + '.br').catch(() => stat(file))).size;
  }
  return total;
};

console.log(`Chromium ${browser.version()}, ${runs} runs, fresh context each (cold start: no cache)`);
console.log(`register                  cold start ms   first generate ms   second generate ms   peak MB (EN+RU; first clicked ${idle} ms after ready)`);
let download;
for (const workbook of workbooks) {
  // The sample: its latest week, as the one-click default; synthetic registers: the benchmark's week.
  const period = basename(workbook).startsWith('sample') ? null : ['2021-04-01', '2021-04-07'];
  const results = [];
  // A 100k-event register takes a minute a run: once is enough for its memory and times.
  const times = basename(workbook).includes('100k') ? 1 : runs;
  for (let i = 0; i < times; i++) results.push(await once(workbook, period));
  download ??= await brotliBytes(results[0].fetched);
  console.log(`${basename(workbook).padEnd(24)} ${median(results.map(r => r.start)).toFixed(0).padStart(13)} ${median(results.map(r => r.generate)).toFixed(0).padStart(19)} ${median(results.map(r => r.again)).toFixed(0).padStart(20)} ${(median(results.map(r => r.peak)) / 1024 / 1024).toFixed(0).padStart(9)}`);
}
console.log(`download (brotli, what the pane fetches, Office.js aside): ${(download / 1024 / 1024).toFixed(2)} MB`);
await browser.close();
server.close();
