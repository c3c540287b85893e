// Robustness over the packed package: native and wasm agree on generated forms, memory stays
// flat over many validations, and no answer or error ever contains a password.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { esm, app, repo } from './helpers.mjs';
import { compare } from './differential.mjs';
import { MIXED_REQUESTS } from '../../bench/forms.mjs';

test('native and wasm answer 3,000 generated forms byte for byte alike (fixed seed)', () => {
  const { compared, fromObjects, mismatches } = compare(esm, join(repo, 'target/debug/examples/answer_requests'), 3000, 20261123);
  assert.equal(compared, 3000);
  assert.ok(fromObjects > 1500, `only ${fromObjects} forms went through compile()`);
  assert.deepEqual(mismatches.slice(0, 3), []);
});

// The glue module the package itself loads (require's cache makes it the same instance).
const glue = createRequire(join(app, 'node_modules/formmirror/js/node.cjs'))('../pkg-node/formmirror.js');

/** `count` validations of every kind of request, small and large, valid and not. */
function workload(count) {
  for (let i = 0; i < count; i += 1) esm.validate(...MIXED_REQUESTS[i % MIXED_REQUESTS.length]);
}

test('wasm memory stays flat over 100,000 validations after warm-up', () => {
  workload(10_000);
  const before = glue.linearMemory().buffer.byteLength;
  workload(100_000);
  const after = glue.linearMemory().buffer.byteLength;
  assert.equal(after, before, `memory grew from ${before} to ${after} bytes`);
});

test('wasm memory stays flat over repeated 20,000-row batches', () => {
  const header = 'auth_username,auth_password,username,email,password,role,timezone';
  const rows = Array.from({ length: 20_000 }, (_, i) => `a,b,user${i},user${i}@${i % 10 ? 'example.com' : ''},pw,1,${i % 7 ? 'UTC' : 'utc'}`);
  const csv = `${header}\n${rows.join('\n')}\n`;
  const first = esm.validateBatch('enswitch/people/create', csv);
  const before = glue.linearMemory().buffer.byteLength;
  for (let i = 0; i < 5; i += 1) assert.deepEqual(esm.validateBatch('enswitch/people/create', csv), first);
  assert.equal(glue.linearMemory().buffer.byteLength, before);
  assert.equal(first.total, 20_000);
});

test('a password marker in any field, through any entry point, never appears in an answer or error', () => {
  const marker = 'Secret-Marker-5f2c9';
  const options = [
    {},
    { passwordPolicy: { minLength: 64, requireUpper: true, requireLower: true, requireDigit: true, requireSymbol: true } },
    { actor: { role: 'user', personId: 1 }, roles: [1], customAttributes: [{ key: 'age', type: 'integer', required: true }] },
  ];
  const leaks = [];
  const check = (label, run) => {
    try {
      const text = JSON.stringify(run());
      if (text.includes(marker)) leaks.push(`${label}: ${text.slice(0, 200)}`);
    } catch (error) {
      if (String(error.message).includes(marker)) leaks.push(`${label} threw: ${error.message}`);
    }
  };
  for (const endpoint of esm.endpoints()) {
    for (const field of endpoint.fields) {
      for (const value of [marker, `${marker}\u0000`, `${marker}\uD800`, [marker], { [marker]: marker }, [{ key: marker, value: marker }]]) {
        for (const opts of options) {
          const input = { [field.name]: value, password: marker, Password: marker, auth_password: marker };
          check(`${endpoint.id} ${field.name}`, () => esm.validate(endpoint.id, input, opts));
          check(`${endpoint.id} ${field.name} as query`, () => esm.validate(endpoint.id, `${field.name}=${encodeURIComponent(String(value))}&password=${marker}`, opts));
          check(`${endpoint.id} ${field.name} field`, () => esm.validateField(endpoint.id, field.name, value, input, opts));
          check(`${endpoint.id} batch`, () => esm.validateBatch(endpoint.id, [input, { password: marker }], opts));
        }
      }
    }
    check(`${endpoint.id} csv`, () => esm.validateBatch(endpoint.id, `password,Password,"${marker}"\n${marker},${marker},"${marker}\n`));
  }
  check('request URL', () => esm.validateRequest(`/api/json/people/create/?password=${marker};auth_password=${marker};role=x`));
  check('request body', () => esm.validateRequest(`POST /api/vendor/v1/users.json?api_token=t {"password":"${marker}","first_name":1}`));
  check('JSON-RPC', () => esm.validateRequest(`{"jsonrpc":"2.0","method":"AddUser","visa":"v","params":{"userInfo":{"Password":"${marker}","Name":"x"}}}`));
  check('malformed JSON', () => esm.validate('cove/AddUser', `{"Password":"${marker}"`));
  check('bad options', () => esm.validate('enswitch/people/create', {}, { passwordPolicy: { minLength: marker } }));
  assert.deepEqual(leaks, []);
});
