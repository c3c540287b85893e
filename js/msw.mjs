// formmirror/msw in browsers and bundlers: call handlers() after `await ready()`.
import * as formmirror from './browser.mjs';
import { makeHandlers } from './msw-handlers.mjs';

export const handlers = makeHandlers(formmirror);
