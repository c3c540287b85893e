// Browsers and bundlers: the wasm is fetched and compiled asynchronously, so call
// `await ready()` once before the first validation. Bundlers such as Vite pick up the .wasm
// through the `new URL(..., import.meta.url)` in the glue and serve it as an asset.
import init, * as wasm from '../pkg/formmirror.js';
import { makeApi, makeBindForm } from './core.mjs';
import ENDPOINTS from './endpoints-data.mjs';

let loaded = false;
let loading;

const api = makeApi(wasm, () => loaded, () => ENDPOINTS);
export const { validate, validateField, validateRequest, validateBatch, endpoints, choices, compile } = api;
// Marked pure so that a bundle that never calls bindForm leaves it out (1.5 KB gzipped).
export const bindForm = /* @__PURE__ */ makeBindForm(api);

/**
 * Loads the WebAssembly module; resolves once formmirror can answer. Safe to call many times.
 * `source` overrides where the .wasm comes from (a URL, a Response, bytes or a WebAssembly.Module).
 */
export function ready(source) {
  loading ??= init(source === undefined ? undefined : { module_or_path: source }).then(() => {
    loaded = true;
  });
  return loading;
}
