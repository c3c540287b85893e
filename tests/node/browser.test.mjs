// The packed package in headless Chromium (Debian's, driven by playwright-core): loaded by a
// plain <script type="module"> page through an import map, as a site without a bundler would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serve } from '../../scripts/static-server.mjs';
import { app, repo, caseFiles } from './helpers.mjs';
import { launchChromium, screenshot } from './chromium.mjs';

let browser;
let site;

before(async () => {
  site = await serve([['/app/', app], ['/tests/', join(repo, 'tests')]]);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  site?.server.close();
});

test('every case passes in Chromium and equals its golden answer byte for byte', async () => {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  const files = Object.keys(caseFiles()).map((f) => `file=${encodeURIComponent(f)}`).join('&');
  await page.goto(`${site.url}tests/browser/cases.html?${files}`);
  await page.waitForFunction(() => window.result !== undefined || document.body.dataset.failed, null, { timeout: 60000 });
  const result = await page.evaluate(() => window.result);
  assert.deepEqual(problems, []);
  assert.match(result.beforeReady, /await ready\(\) first/);
  assert.deepEqual(result.failures, [], `${result.failures.length} of ${result.count} cases failed in the browser`);
  assert.ok(result.count > 50);
  await screenshot(page, 'browser-cases');
});
