// Seed corpora for the fuzz targets, made from the shared case files: every query string,
// JSON input, CSV batch, pasted request, field value and option set the tests use. The first
// byte of a seed picks the endpoint (validate_field: two bytes pick the endpoint's field), in
// the order endpoints() lists them, as the targets read it.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { inputOf } from '../tests/node/case-runner.mjs';
import { endpoints } from '../js/node.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const out = process.argv[2] ?? join(repo, 'fuzz/seeds');
const ENDPOINTS = endpoints().map((e) => e.id);
const FIELDS = endpoints().flatMap((e) => e.fields.map((f) => `${e.id} ${f.name}`));
const MAX_SEED = 64 * 1024;

let written = 0;
function seed(target, bytes) {
  if (bytes.length > MAX_SEED) return;
  const dir = join(out, target);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, createHash('sha1').update(bytes).digest('hex')), bytes);
  written += 1;
}
const withEndpoint = (endpoint, text, flags = 0) => Buffer.concat([Buffer.from([Math.max(0, ENDPOINTS.indexOf(endpoint)) | flags]), Buffer.from(text)]);

for (const file of readdirSync(join(repo, 'tests/cases')).filter((f) => f.endsWith('.json'))) {
  const doc = JSON.parse(readFileSync(join(repo, 'tests/cases', file), 'utf8'));
  for (const c of doc.cases) {
    const input = inputOf(doc, c);
    if (c.query !== undefined) seed('validate_query', withEndpoint(c.endpoint, c.query));
    if (c.json !== undefined) seed('validate_json', withEndpoint(c.endpoint, c.json));
    if (input !== undefined) {
      const json = JSON.stringify(input);
      seed('validate_json', withEndpoint(c.endpoint, json));
      seed('validate_query', withEndpoint(c.endpoint, new URLSearchParams(Object.entries(input).filter(([, v]) => typeof v === 'string')).toString()));
      for (const value of Object.values(input)) {
        if (typeof value === 'string') for (let rule = 0; rule < 24; rule += 1) seed('rules', Buffer.concat([Buffer.from([rule]), Buffer.from(value)]));
      }
    }
    if (c.batch_csv !== undefined) seed('validate_batch', withEndpoint(c.endpoint, c.batch_csv));
    if (c.batch_rows !== undefined) seed('validate_batch', withEndpoint(c.endpoint, JSON.stringify(c.batch_rows), 0x80));
    if (c.request !== undefined) seed('validate_request', Buffer.from(c.request));
    if (c.field !== undefined && FIELDS.includes(`${c.endpoint} ${c.field}`)) {
      const pick = Buffer.alloc(2);
      pick.writeUInt16LE(FIELDS.indexOf(`${c.endpoint} ${c.field}`));
      const context = input ? new URLSearchParams(Object.entries(input).filter(([, v]) => typeof v === 'string')).toString() : '';
      seed('validate_field', Buffer.concat([pick, Buffer.from(`${JSON.stringify(c.value ?? null)}\n${context}`)]));
    }
    if (c.options !== undefined) seed('options', Buffer.from(JSON.stringify(c.options)));
  }
}
console.log(`fuzz seeds: ${written} files under ${out}`);
