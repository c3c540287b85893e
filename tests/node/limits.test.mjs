// Time stays linear in the number of parameter names: for every encoding and endpoint, 100,000
// distinct names (or as many as the server reads) take at most a small multiple of ten times
// what 10,000 take. A quadratic path takes a hundred times as long and fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { esm } from './helpers.mjs';
import { SHAPES, time } from '../../bench/many-keys.mjs';

test('many distinct parameter names cost linear time on every encoding', () => {
  const slow = [];
  for (const [label, run] of SHAPES) {
    run(esm, 1000); // warm up
    const small = Math.max(time(() => run(esm, 10_000)), 1);
    const large = time(() => run(esm, 100_000));
    if (large > small * 30) slow.push(`${label}: ${small.toFixed(1)} ms for 10,000 names, ${large.toFixed(1)} ms for 100,000`);
  }
  assert.deepEqual(slow, []);
});
