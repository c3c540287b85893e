// Node, imported as an ES module: the CommonJS glue instantiates the wasm synchronously, so
// the API works right after `import`.
import { createRequire } from 'node:module';
import { makeApi, makeBindForm } from './core.mjs';

// require(), not import: importing CommonJS from an ES module has Node scan the glue's source
// for its export names first, which cost a millisecond of the cold start.
const require = createRequire(import.meta.url);
const wasm = require('../pkg-node/formmirror.js');

const api = makeApi(wasm, undefined, () => require('./endpoints-data.json'));
export const { validate, validateField, validateRequest, validateBatch, endpoints, choices, compile } = api;
export const bindForm = makeBindForm(api);

/** Already loaded in Node; exported so the same code runs in browsers and in Node. */
export function ready() {
  return Promise.resolve();
}
