// The shared case files over the wasm build, from ES modules and from CommonJS, compared
// with the contract's expectations and byte for byte with the native answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { esm, cjs, caseFiles, goldenAnswers } from './helpers.mjs';
import { inputOf, run, runAll } from './case-runner.mjs';

const files = caseFiles();

test('every case passes through `import` and equals its golden answer byte for byte', () => {
  const { count, failures } = runAll(esm, files, goldenAnswers());
  assert.deepEqual(failures, [], `${failures.length} of ${count} cases failed`);
  assert.ok(count > 50, `only ${count} cases ran`);
});

test('every case passes through `require` too', () => {
  const { count, failures } = runAll(cjs, files, goldenAnswers());
  assert.deepEqual(failures, [], `${failures.length} of ${count} cases failed`);
});

test('URLSearchParams, FormData and the query string answer alike', () => {
  let compared = 0;
  for (const doc of Object.values(files)) {
    for (const testCase of doc.cases.filter((c) => c.query !== undefined && !/[;%]/.test(c.query) && c.query.includes('='))) {
      const expected = run(esm, doc, testCase).raw;
      const params = new URLSearchParams(testCase.query);
      const form = new FormData();
      for (const [k, v] of params) form.append(k, v);
      assert.equal(JSON.stringify(esm.validate(testCase.endpoint, params, testCase.options)), expected, testCase.name);
      assert.equal(JSON.stringify(esm.validate(testCase.endpoint, form, testCase.options)), expected, testCase.name);
      compared += 1;
    }
  }
  assert.ok(compared > 0);
});

test('a plain object and its JSON text answer alike', () => {
  for (const doc of Object.values(files)) {
    for (const testCase of doc.cases.filter((c) => c.input !== undefined && c.field === undefined && !c.expect.usage_error)) {
      const input = inputOf(doc, testCase);
      const fromObject = esm.validate(testCase.endpoint, input, testCase.options);
      const fromText = esm.validate(testCase.endpoint, JSON.stringify(input), testCase.options);
      assert.deepEqual(fromText, fromObject, testCase.name);
    }
  }
});
