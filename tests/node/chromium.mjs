// Debian's Chromium driven by playwright-core; never a downloaded browser. The flags keep it
// from reaching for the network, which is closed here.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../..', import.meta.url));

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];

export function launchChromium() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
}

/** Saves a screenshot under test-output/ for a person to look at. */
export async function screenshot(page, name) {
  const dir = join(repo, 'test-output');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}
