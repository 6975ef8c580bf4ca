// End-to-end tests of the dyad dashboard in headless Chromium.
// Needs a running `dyad serve` at $DYAD_URL (run.sh starts one on a database built from examples/).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const BASE = process.env.DYAD_URL || 'http://127.0.0.1:8080';
const HERE = dirname(fileURLToPath(import.meta.url));
const SHOTS = join(HERE, 'screenshots');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
mkdirSync(SHOTS, { recursive: true });

let browser, context, profile;
const consoleErrors = [];

before(async () => {
  profile = mkdtempSync(join(tmpdir(), 'dyad-e2e-profile-'));
  // launchPersistentContext gives the browser a fresh --user-data-dir of our own.
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    viewport: { width: 1440, height: 900 },
  });
  // Offline: any request that is not to the dyad server fails the test.
  await context.route('**/*', route => {
    const url = route.request().url();
    if (url.startsWith(BASE) || url.startsWith('data:')) return route.continue();
    consoleErrors.push('external request: ' + url);
    return route.abort();
  });
  browser = context;
});

after(async () => {
  if (context) await context.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

async function open(hash) {
  const page = await context.newPage();
  page.on('pageerror', e => consoleErrors.push(String(e)));
  page.on('console', m => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  await page.goto(BASE + '/' + hash);
  return page;
}

test('dashboard loads fast and shows the Haftar–Belarus edge in the network', async () => {
  const t0 = Date.now();
  const page = await open('#/network');
  await page.waitForSelector('svg#netsvg .edge', { state: 'attached', timeout: 10000 });
  const elapsed = Date.now() - t0;
  assert.ok(elapsed < 5000, `network rendered in ${elapsed} ms`);
  const labels = await page.$$eval('svg#netsvg .edge', els => els.map(e => e.getAttribute('data-label')));
  const haftar = labels.find(l => /Belarus/.test(l) && /(Khalifa Haftar|Libya)/.test(l));
  assert.ok(haftar, 'an edge Khalifa Haftar–Belarus or Libya–Belarus; edges: ' + labels.join(' | '));
  const stats = await page.textContent('#stats');
  assert.match(stats, /articles/);
  await page.screenshot({ path: join(SHOTS, 'network.png') });

  // click the edge: its events show in the side panel
  const edge = page.locator(`svg#netsvg .edgehit[data-label="${haftar}"]`).first();
  // an edge can be a zero-width box (a vertical line), so the click is dispatched, not aimed
  await edge.dispatchEvent('click');
  await page.waitForSelector('#netside .events li.event', { timeout: 10000 });
  const title = await page.textContent('#edgetitle');
  assert.match(title, /Belarus/);
  await page.screenshot({ path: join(SHOTS, 'network-edge.png') });

  // state level shows Libya–Belarus
  await page.goto(BASE + '/#/network?level=state');
  await page.waitForSelector('svg#netsvg .edge', { state: 'attached' });
  const stateLabels = await page.$$eval('svg#netsvg .edge', els => els.map(e => e.getAttribute('data-label')));
  assert.ok(stateLabels.some(l => /Belarus/.test(l) && /Libya/.test(l)), stateLabels.join(' | '));
  await page.close();
});

test('the seed article shows Mohamed Bouisir’s quote highlighted with his name', async () => {
  const page = await open('#/article/haftar-belarus');
  await page.waitForSelector('#doctext .q', { timeout: 10000 });
  const quote = page.locator('#doctext .q[data-speaker="Mohamed Bouisir"]').first();
  assert.ok(await quote.count() > 0, 'a quote span whose speaker is Mohamed Bouisir');
  const label = page.locator('#doctext .qspk', { hasText: 'Mohamed Bouisir' }).first();
  assert.ok(await label.isVisible(), 'the speaker label is shown in the text');
  // actors and event triggers are highlighted too
  assert.ok(await page.locator('#doctext mark.ent', { hasText: 'Haftar' }).count() > 0);
  assert.ok(await page.locator('#doctext .trig').count() > 0);
  // highlighted text is the text at the quote's span (code-point offsets)
  const qtext = await quote.innerText();
  assert.ok(qtext.length > 20, qtext);
  await page.screenshot({ path: join(SHOTS, 'article.png') });
  // the side panel links to the place in the text
  await page.locator('.aside li[data-jump="q"]', { hasText: 'Mohamed Bouisir' }).first().click();
  await page.waitForSelector('#doctext .q.flash');
  await label.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'article-quote.png') });
  await page.close();
});

test('pasting an article extracts it on the spot and shows its actors', async () => {
  const page = await open('#/extract');
  await page.fill('#xtext', 'Belarusian President Alexander Lukashenko met Libyan commander Khalifa Haftar in Minsk on Monday.\n\n' +
    '"We are ready to help you in every possible way," Lukashenko said, while French President Emmanuel Macron condemned the visit. 😀 Ünïcode “quotes” test.');
  await page.click('#xgo');
  await page.waitForSelector('#xresult #doctext mark.ent', { timeout: 15000 });
  const names = await page.$$eval('#xresult .aside li[data-jump="a"] .name', els => els.map(e => e.textContent));
  assert.ok(names.some(n => /Lukashenko/.test(n)), names.join(', '));
  assert.ok(names.some(n => /Haftar/.test(n)), names.join(', '));
  // spans survive the emoji before them: each highlighted mention reads as its actor
  const marks = await page.$$eval('#xresult #doctext mark.ent', els => els.map(e => e.firstChild.textContent));
  assert.ok(marks.includes('Macron') || marks.some(m => /Macron/.test(m)), marks.join(' | '));
  await page.screenshot({ path: join(SHOTS, 'extract.png'), fullPage: true });
  await page.close();
});

test('alerts, timeline and articles pages render', async () => {
  let page = await open('#/alerts');
  await page.waitForFunction(() => document.body.dataset.ready === 'alerts' && !document.querySelector('#allist .loading'), null, { timeout: 15000 });
  await page.screenshot({ path: join(SHOTS, 'alerts.png'), fullPage: true });
  await page.close();

  page = await open('#/timeline?level=state&a=LBY&b=BLR&period=day');
  await page.waitForSelector('#chart svg rect.bar', { timeout: 10000 });
  await page.waitForSelector('#tlev .events li.event');
  await page.screenshot({ path: join(SHOTS, 'timeline.png'), fullPage: true });
  await page.close();

  page = await open('#/articles');
  await page.waitForSelector('.doclist li a.title');
  const titles = await page.$$eval('.doclist li a.title', els => els.map(e => e.textContent));
  assert.ok(titles.length >= 4, titles.join(' | '));
  await page.fill('.quicksearch input', 'Belarus');
  await page.press('.quicksearch input', 'Enter');
  await page.waitForSelector('.hits li .snippet b');
  await page.screenshot({ path: join(SHOTS, 'search.png') });
  await page.close();
});

test('no page errors and no request left the machine', () => {
  assert.deepEqual(consoleErrors, []);
});
