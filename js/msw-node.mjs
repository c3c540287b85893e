// formmirror/msw in Node, where formmirror is ready on import.
import * as formmirror from './node.mjs';
import { makeHandlers } from './msw-handlers.mjs';

export const handlers = makeHandlers(formmirror);
