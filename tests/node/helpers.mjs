// Where the tests find the package under test: scripts/test installs the packed tarball into
// an empty directory and passes it as FORMMIRROR_APP, with esm.mjs and cjs.cjs re-exporting
// `formmirror` through the package's own "exports".
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseGolden } from './case-runner.mjs';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const repo = fileURLToPath(new URL('../..', import.meta.url));
export const app = process.env.FORMMIRROR_APP;
if (!app) throw new Error('FORMMIRROR_APP is not set: run these tests with `npm test` (scripts/test)');

export const esm = await import(pathToFileURL(join(app, 'esm.mjs')).href);
export const cjs = createRequire(join(app, 'cjs.cjs'))('./cjs.cjs');

export function caseFiles() {
  const dir = join(repo, 'tests/cases');
  return Object.fromEntries(readdirSync(dir).filter((f) => f.endsWith('.json')).sort()
    .map((f) => [f, JSON.parse(readFileSync(join(dir, f), 'utf8'))]));
}

/** The committed golden answers, { 'x.json': { caseName: answer } }, from tests/golden/x.txt. */
export function goldenAnswers() {
  return Object.fromEntries(Object.keys(caseFiles()).map((file) =>
    [file, parseGolden(readFileSync(join(repo, 'tests/golden', file.replace(/\.json$/, '.txt')), 'utf8'))]));
}

/**
 * A seeded generator of whole numbers below `below`: 32-bit LCG steps in integer arithmetic,
 * read from the high bits. (The same LCG in floating point, `state * 1103515245 % 2 ** 31`,
 * loses its low bits within a few dozen steps and then repeats one value.)
 */
export function seeded(seed) {
  let state = seed >>> 0;
  return (below) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return Math.floor((state / 2 ** 32) * below);
  };
}
