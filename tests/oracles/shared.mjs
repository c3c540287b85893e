// What the oracle comparisons share: a seeded random source, a way to run a reference
// implementation over many requests at once, and the tally each comparison prints.
import { spawn } from 'node:child_process';

/** A small deterministic generator (mulberry32), so every run compares the same requests. */
export function random(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    below: (n) => Math.floor(next() * n),
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (p) => next() < p,
  };
}

/**
 * Runs `command` once with one JSON line per request on stdin and returns its output lines,
 * one per request.
 */
export function ask(command, args, lines) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => { out += chunk; });
    child.stderr.setEncoding('utf8').on('data', (chunk) => { err += chunk; });
    child.on('error', reject);
    child.on('close', (code) => {
      const answers = out.split('\n').filter((line) => line !== '');
      if (code !== 0 || answers.length !== lines.length) {
        reject(new Error(`${command} ${args.join(' ')} exited ${code} with ${answers.length} of ${lines.length} answers\n${err.slice(0, 2000)}`));
      } else {
        resolve(answers);
      }
    });
    child.stdin.end(lines.map((line) => `${line}\n`).join(''));
  });
}

/**
 * A comparison's tally. `verdict` is 'agree', a known difference's id, or a description of a
 * disagreement (any other string, kept for the report).
 */
export class Tally {
  constructor(name, knownDifferences) {
    this.name = name;
    this.known = knownDifferences;
    this.compared = 0;
    this.agreed = 0;
    this.byKnown = new Map();
    this.disagreements = [];
  }

  add(request, verdict) {
    this.compared += 1;
    if (verdict === 'agree') this.agreed += 1;
    else if (typeof verdict === 'object' && verdict.known) {
      if (!this.known[verdict.known]) throw new Error(`${this.name}: undocumented difference ${verdict.known}`);
      this.byKnown.set(verdict.known, (this.byKnown.get(verdict.known) ?? 0) + 1);
    } else this.disagreements.push({ request, verdict });
  }

  get knownCount() {
    return [...this.byKnown.values()].reduce((a, b) => a + b, 0);
  }
}
