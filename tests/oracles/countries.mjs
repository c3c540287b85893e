// Country codes and names against PyPI's pycountry (tests/oracles/countries.py): every code it
// has is accepted in either case, its alpha-3 code suggests it, and so do its name and its
// common name ("Korea, Republic of" and "South Korea" suggest KR).
import { spawnSync } from 'node:child_process';

export const name = 'pycountry (country)';

/** Differences that remain on purpose; the README lists each with its reason. */
export const knownDifferences = {};

const python = () => new URL('../../target/oracles-venv/bin/python', import.meta.url).pathname;

let countries;
function all() {
  if (!countries) {
    const run = spawnSync(python(), [new URL('./countries.py', import.meta.url).pathname], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`countries.py failed: ${run.stderr}`);
    countries = run.stdout.trim().split('\n').map((line) => JSON.parse(line));
  }
  return countries;
}

export function requests() {
  const list = [{ kind: 'same codes' }];
  for (const c of all()) {
    list.push({ kind: 'code', input: c.alpha2.toLowerCase(), code: c.alpha2 });
    list.push({ kind: 'alpha-3', input: c.alpha3, code: c.alpha2 });
    list.push({ kind: 'name', input: c.name, code: c.alpha2 });
    if (c.common) list.push({ kind: 'common name', input: c.common, code: c.alpha2 });
  }
  return list;
}

export async function answers(list) {
  return list.map(() => all());
}

export function compare(formmirror, request, oracle) {
  if (request.kind === 'same codes') {
    const ours = formmirror.choices('country').map((c) => c.value).sort().join(' ');
    const theirs = oracle.map((c) => c.alpha2).sort().join(' ');
    return ours === theirs ? 'agree' : `codes differ: ${ours.length} vs ${theirs.length}`;
  }
  const answer = formmirror.validateField('enswitch/people/create', 'country', request.input);
  if (request.kind === 'code') return answer.ok ? 'agree' : `refuses ${request.input}`;
  const suggestion = answer.errors[0]?.suggestion;
  return suggestion === request.code ? 'agree' : `${request.kind} ${request.input}: suggests ${suggestion ?? 'nothing'}, not ${request.code}`;
}
