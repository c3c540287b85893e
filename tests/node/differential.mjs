// Differential testing: generated forms for every endpoint, validated natively (the
// answer_requests example) and through the packed wasm package; every answer must be byte-
// identical. Forms are valid ones with one field changed at a time, and random ones, from a
// seeded generator. Run alone: node tests/node/differential.mjs COUNT SEED (after npm test
// has installed the package; FORMMIRROR_APP names it).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { VALID_BY_ENDPOINT } from '../../bench/forms.mjs';

/** xorshift32, so a seed always gives the same forms. */
function random(seed) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x100000000;
  };
}

// Values that probe every rule's edges, including the hostile ones.
const POOL = [
  '', ' ', 'x', '0', '1', '-1', '007', '1.5', '1e3', '9007199254740992', 'two words', 'ann@example.com', 'a@b,,c@d', 'ann@',
  'Europe/London', 'europe/london', 'US/Eastern', 'GB', 'uk', 'DEU', 'germany', 'DD/MM/YYYY', '12', '24', 'en-gb', 'pt_BR',
  '+44 20 7946 0018', '555-CALL', '10.0.0.0/8, ::1', '10.0.0.0/33', 'yes', 'no', 'default', 'true', '2024-02-29', '2023-02-29',
  'Zoë', 'line\nbreak', 'tab\there', '\u0000', '\u0085', '\uD800', 'x\uDC00y', '😀', 'é'.repeat(300), 'a'.repeat(256),
  '-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQ==\n-----END PGP PUBLIC KEY BLOCK-----', '%FF', '%ED%A0%80', '&', ';', '=', '[]',
  0, 1, -1, 2.5, 1e21, true, false, null, [], ['a', 'b'], [1], {}, { key: 'age', value: 'x' }, { key: 'zoë😀', value: 'x' }, [{ key: 'age' }, { key: 'age', value: 3 }],
];
const NAMES = ['forname', '__proto__', 'constructor', 'custom_attributes[][key]', 'userInfo', 'jsonrpc', 'params', 'x'.repeat(100), 'zoë', 'ключ😀'];

/** `count` requests, round-robin over the endpoints; `fieldsOf` maps endpoint id → field names. */
export function generateForms(count, seed, fieldsOf) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const endpoints = Object.keys(fieldsOf);
  const forms = [];
  for (let i = 0; i < count; i += 1) {
    const endpoint = endpoints[i % endpoints.length];
    const fields = fieldsOf[endpoint];
    let form;
    if (next() < 0.6) {
      form = { ...VALID_BY_ENDPOINT[endpoint], [pick(fields)]: pick(POOL) };
    } else {
      form = {};
      const n = Math.floor(next() * 8);
      for (let j = 0; j < n; j += 1) form[next() < 0.85 ? pick(fields) : pick(NAMES)] = pick(POOL);
    }
    const asQuery = next() < 0.3;
    const text = asQuery
      ? Object.entries(form).map(([k, v]) => `${encodeURIComponent(k)}=${typeof v === 'string' ? v.replace(/[&;]/g, '') : JSON.stringify(v)}`).join(next() < 0.5 ? '&' : ';')
      : JSON.stringify(form);
    forms.push({ endpoint, kind: asQuery ? 'query' : 'json', text: text.isWellFormed() ? text : text.toWellFormed() });
  }
  return forms;
}

/**
 * Compares native and wasm answers for `count` generated forms; returns the mismatches. A form
 * given as JSON is also answered from its object through a compiled validator, which sends a
 * form of text fields without JSON: that answer must be the native one too.
 */
export function compare(api, nativeBinary, count, seed) {
  const fieldsOf = Object.fromEntries(api.endpoints().map((e) => [e.id, e.fields.map((f) => f.name)]));
  const compiled = Object.fromEntries(Object.keys(fieldsOf).map((id) => [id, api.compile(id)]));
  const forms = generateForms(count, seed, fieldsOf);
  const native = JSON.parse(execFileSync(nativeBinary, { input: JSON.stringify(forms), maxBuffer: 1 << 30 }));
  const mismatches = [];
  let fromObjects = 0;
  forms.forEach((form, i) => {
    const wasm = JSON.stringify(api.validate(form.endpoint, form.text));
    if (wasm !== native[i]) mismatches.push({ form, wasm, native: native[i] });
    if (form.kind === 'json') {
      const object = JSON.stringify(compiled[form.endpoint].validate(JSON.parse(form.text)));
      if (object !== native[i]) mismatches.push({ form, compiled: object, native: native[i] });
      fromObjects += 1;
    }
  });
  return { compared: forms.length, fromObjects, mismatches };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 100000);
  const seed = Number(process.argv[3] ?? 1);
  const api = await import(join(process.env.FORMMIRROR_APP ?? join(import.meta.dirname, '../..'), process.env.FORMMIRROR_APP ? 'esm.mjs' : 'js/node.mjs'));
  const binary = join(import.meta.dirname, '../../target/release/examples/answer_requests');
  execFileSync('cargo', ['build', '--quiet', '--release', '--example', 'answer_requests'], { stdio: 'inherit' });
  const start = performance.now();
  const { compared, fromObjects, mismatches } = compare(api, binary, count, seed);
  console.log(`differential: ${compared} forms compared (${fromObjects} also from their objects through compile()) in ${((performance.now() - start) / 1000).toFixed(1)} s, ${mismatches.length} mismatches`);
  for (const m of mismatches.slice(0, 5)) console.log(JSON.stringify(m));
  process.exit(mismatches.length ? 1 : 0);
}
