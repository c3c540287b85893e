// Node, imported as an ES module: the CommonJS glue instantiates the wasm synchronously, so
// the API works right after `import`. The package's entry is this file bundled with the glue
// (js/node-bundle.mjs, scripts/build): one module for Node to load, and no CommonJS loader.
import { createRequire } from 'node:module';
import * as wasm from '../pkg-node/formmirror.js';
import { makeApi, makeBindForm } from './core.mjs';

const load = createRequire(import.meta.url);

const api = makeApi(wasm, undefined, () => load('./endpoints-data.json'));
export const { validate, validateField, validateRequest, validateBatch, endpoints, choices, compile } = api;
export const bindForm = makeBindForm(api);

/** Already loaded in Node; exported so the same code runs in browsers and in Node. */
export function ready() {
  return Promise.resolve();
}
