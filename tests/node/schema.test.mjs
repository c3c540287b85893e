// The JSON Schemas the package ships (formmirror/schema/<endpoint id>.json), read by ajv as a
// user's tooling reads them: each compiles in ajv's strict mode, accepts every request of the
// case files that formmirror accepts, and its patterns, read by JavaScript's RegExp rather than
// Rust's regex, agree with the rules (src/json_schema.rs holds them to the checks in Rust).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { app, esm, caseFiles } from './helpers.mjs';
import { inputOf } from './case-runner.mjs';

const requireFromApp = createRequire(join(app, 'cjs.cjs'));
const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
const schemas = Object.fromEntries(esm.endpoints().map(({ id }) => [id, requireFromApp(`formmirror/schema/${id}.json`)]));
const validators = Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, ajv.compile(schema)]));

test('every endpoint has a schema that names exactly its fields and its required ones', () => {
  for (const endpoint of esm.endpoints()) {
    const schema = schemas[endpoint.id];
    assert.deepEqual(Object.keys(schema.properties), endpoint.fields.map((f) => f.name), endpoint.id);
    for (const name of schema.required) assert.ok(endpoint.fields.find((f) => f.name === name).required, `${endpoint.id}: ${name}`);
  }
});

test('a request formmirror accepts, the schema accepts', () => {
  let accepted = 0;
  for (const [file, doc] of Object.entries(caseFiles())) {
    for (const testCase of doc.cases) {
      const input = inputOf(doc, testCase);
      const plain = testCase.endpoint && input && testCase.field === undefined && testCase.query === undefined
        && testCase.json === undefined && testCase.batch_csv === undefined && testCase.batch_rows === undefined;
      if (!plain) continue;
      let answer;
      try { answer = esm.validate(testCase.endpoint, input, testCase.options); } catch { continue; }
      if (!answer.ok) continue;
      const valid = validators[testCase.endpoint](input);
      assert.ok(valid, `${file}: ${testCase.name}: ${JSON.stringify(validators[testCase.endpoint].errors)}`);
      accepted += 1;
    }
  }
  assert.ok(accepted >= 20, `only ${accepted} accepted requests to try`);
});

// Fields whose rule the schema states exactly (a pattern or a list), on endpoints whose values
// are text as sent; the others' schemas may accept more than the rule, never less.
const EXACT = {
  'enswitch/people/create': ['username', 'company', 'extension', 'telephone', 'language', 'country', 'date_format', 'time_format', 'timezone'],
  'api20/users/create': ['name', 'email', 'language', 'can_customer_admin'],
  'cove/AddUser': ['FirstName', 'PhoneNumber', 'Name'],
};
const PIECES = ['a', 'Z', '0', '9', '-', '_', '.', '@', '+', ' ', '(', ')', '/', ',', 'gb', 'Gb', 'uk', 'ops', 'example', 'com',
  'DD/MM/YYYY', '24', 'en', 'pt_BR', '419', 'default', 'yes', 'Europe/London', '\t', '\u007f', '\u0085', '\u009f', '\u00a0',
  '\u2028', '\ufeff', '\u180e', '\u200b', 'é', '😀'];

test('the patterns, read by JavaScript, agree with the rules', () => {
  let state = 0x9e3779b9;
  const next = (below) => { state ^= state << 13; state ^= state >>> 17; state ^= state << 5; return (state >>> 0) % below; };
  const corpus = new Set([...PIECES, '', 'a'.repeat(255), 'a'.repeat(256), '+44 (20) 7946-0018', 'ops@example.com']);
  while (corpus.size < 3000) corpus.add(Array.from({ length: 1 + next(5) }, () => PIECES[next(PIECES.length)]).join(''));
  const failures = [];
  for (const [id, schema] of Object.entries(schemas)) {
    const encoding = esm.endpoints().find((e) => e.id === id).encoding;
    for (const [name, property] of Object.entries(schema.properties)) {
      if (property.type !== 'string' || encoding === 'form') continue;
      const accepts = ajv.compile({ $schema: schema.$schema, ...property });
      const exact = EXACT[id]?.includes(name);
      for (const text of corpus) {
        const checked = esm.validateField(id, name, text).ok;
        const described = accepts(text);
        if ((checked && !described) || (exact && checked !== described)) failures.push(`${id} ${name} ${JSON.stringify(text)}: rule ${checked}, schema ${described}`);
      }
    }
  }
  assert.deepEqual(failures.slice(0, 20), []);
});
