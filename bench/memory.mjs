// npm run bench:memory — wasm linear memory over one million validations of mixed requests,
// and over a 100,000-row CSV validated five times. Prints the sizes before and after warm-up.
import { createRequire } from 'node:module';
import { validate, validateBatch } from 'formmirror';
import { MIXED_REQUESTS, signupCsv } from './forms.mjs';

// The glue module the package loads; its linearMemory export is the module's memory.
const glue = createRequire(import.meta.url)('../pkg-node/formmirror.js');
const run = (count) => {
  for (let i = 0; i < count; i += 1) validate(...MIXED_REQUESTS[i % MIXED_REQUESTS.length]);
};
const kib = (bytes) => `${(bytes / 1024).toFixed(0)} KiB`;

const start = glue.linearMemory().buffer.byteLength;
run(10_000);
const warm = glue.linearMemory().buffer.byteLength;
const t = performance.now();
run(1_000_000);
console.log(`1,000,000 validations in ${((performance.now() - t) / 1000).toFixed(1)} s: memory ${kib(start)} at start, ${kib(warm)} after warm-up, ${kib(glue.linearMemory().buffer.byteLength)} after`);

const csv = signupCsv(100_000);
validateBatch('enswitch/people/create', csv);
const afterFirst = glue.linearMemory().buffer.byteLength;
for (let i = 0; i < 5; i += 1) validateBatch('enswitch/people/create', csv);
console.log(`100,000-row CSV (${(csv.length / 1e6).toFixed(1)} MB): memory ${kib(afterFirst)} after the first batch, ${kib(glue.linearMemory().buffer.byteLength)} after five more`);
