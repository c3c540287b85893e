// Browsers and bundlers: the wasm is fetched and compiled asynchronously, so call
// `await ready()` once before the first validation. Bundlers such as Vite pick up the .wasm
// through the `new URL(..., import.meta.url)` in the glue and serve it as an asset.
import init, * as wasm from '../pkg/formmirror.js';
import { makeApi } from './core.mjs';

let loaded = false;
let loading;

export const { validate, validateField, validateRequest, validateBatch, endpoints, choices, bindForm } = makeApi(wasm, () => loaded);

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
