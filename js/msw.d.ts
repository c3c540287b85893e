import type { HttpHandler } from 'msw';
import type { Options } from './index.js';

/** How the stand-in servers behave. */
export interface MockSettings {
  /** formmirror's options, as `validate` takes them: what the servers are configured with. */
  options?: Options;
  /** Where the servers are, such as `https://enswitch.example.com`; any origin when left out. */
  baseUrl?: string;
  /** The id the first created user gets; each success takes the next (default 1001). */
  firstId?: number;
  /** The path Cove's JSON-RPC API is served at (default `/jsonapi`). */
  jsonRpcPath?: string;
  /** The clock behind `created_at` and `updated_at`. */
  now?: () => Date;
}

/**
 * MSW request handlers for the five endpoints' URLs: a request the server would refuse gets
 * formmirror's answer (the server's status and body), one it would accept gets a success shaped
 * like the vendor document's example, with a new id. In browsers, call it after `await ready()`.
 *
 * ```js
 * import { setupServer } from 'msw/node';
 * import { handlers } from 'formmirror/msw';
 * const server = setupServer(...handlers({ options: { credentials: 'backend' } }));
 * ```
 */
export function handlers(settings?: MockSettings): HttpHandler[];
