// Node, imported as an ES module: the CommonJS glue instantiates the wasm synchronously, so
// the API works right after `import`.
import wasm from '../pkg-node/formmirror.js';
import { makeApi, makeBindForm } from './core.mjs';

const api = makeApi(wasm);
export const { validate, validateField, validateRequest, validateBatch, endpoints, choices } = api;
export const bindForm = makeBindForm(api);

/** Already loaded in Node; exported so the same code runs in browsers and in Node. */
export function ready() {
  return Promise.resolve();
}
