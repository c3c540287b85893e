// The `Code` union of js/index.d.ts is written by hand: it must name exactly the codes the Rust
// `Code` enum answers with (src/code.rs, `Code::as_str`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

test('index.d.ts names every code of the Rust Code enum, and no other', () => {
  const asStr = read('src/code.rs').match(/pub fn as_str\(self\)[\s\S]*?\n {4}\}/)[0];
  const rust = [...asStr.matchAll(/Code::\w+ => "(\w+)"/g)].map((m) => m[1]).sort();
  const union = read('js/index.d.ts').match(/export type Code =([\s\S]*?);/)[1];
  const typescript = [...union.matchAll(/'(\w+)'/g)].map((m) => m[1]).sort();
  assert.ok(rust.length > 20, `found ${rust.length} codes in src/code.rs`);
  assert.deepEqual(typescript, rust);
});
