// Differential tests against the reference implementations the servers are built on: the same
// requests go to each reference and to formmirror, and their answers are compared byte for
// byte (JSON-RPC: response by response). Prints, per oracle, how many requests were compared,
// how many agreed, and how many differ for a documented reason (README, "Fidelity"); any other
// difference fails the run.
//
//   node tests/oracles/run.mjs [--quick] [--seed N] [--count N] [--only grape|rack|cgi|jsonrpc]
//
// `npm run test:oracles` installs the references first (tests/oracles/setup); `npm test` runs a
// fixed quick slice.
import { Tally, random } from './shared.mjs';
import * as grape from './grape.mjs';
import * as rack from './rack.mjs';
import * as cgi from './cgi.mjs';
import * as jsonrpc from './jsonrpc.mjs';
import * as gnupg from './gnupg.mjs';
import * as zoneinfo from './zoneinfo.mjs';
import * as countries from './countries.mjs';
import * as email from './email.mjs';
import * as ipaddress from './ipaddress.mjs';

const args = process.argv.slice(2);
const option = (flag, fallback) => {
  const at = args.indexOf(flag);
  return at === -1 ? fallback : args[at + 1];
};
const quick = args.includes('--quick');
const seed = Number(option('--seed', 20261201));
const count = Number(option('--count', quick ? 150 : 600));
const only = option('--only', undefined);

const formmirror = await import(process.env.FORMMIRROR_MODULE ?? new URL("../../js/node.mjs", import.meta.url).href);

const oracles = { grape, rack, cgi, jsonrpc, gnupg, zoneinfo, countries, email, ipaddress };
let failed = 0;
let passed = 0;
const rows = [];
for (const [id, oracle] of Object.entries(oracles)) {
  if (only && only !== id) continue;
  const rng = random(seed);
  const list = oracle.requests(rng, count);
  const answers = await oracle.answers(list, formmirror);
  const tally = new Tally(oracle.name, oracle.knownDifferences);
  list.forEach((request, i) => tally.add(request, oracle.compare(formmirror, request, answers[i])));
  rows.push(tally);
  for (const { request, verdict } of tally.disagreements.slice(0, 15)) {
    console.log(`DIFFERS ${id}: ${JSON.stringify(request).slice(0, 400)}\n        ${String(verdict).slice(0, 600)}`);
  }
  failed += tally.disagreements.length;
  passed += tally.agreed + tally.knownCount;
}

console.log('\noracle                                                 compared  agreed  known  differ');
for (const t of rows) {
  console.log(`${t.name.padEnd(54)} ${String(t.compared).padStart(8)} ${String(t.agreed).padStart(7)} ${String(t.knownCount).padStart(6)} ${String(t.disagreements.length).padStart(7)}`);
  for (const [known, n] of t.byKnown) console.log(`    known: ${known} (${n}): ${t.known[known]}`);
}
console.log(`oracles: ${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
