// formmirror/msw in Node, where formmirror is ready on import.
// The bundled Node entry, the one `import 'formmirror'` loads, so both share one API.
import * as formmirror from './node-bundle.mjs';
import { makeHandlers } from './msw-handlers.mjs';

export const handlers = makeHandlers(formmirror);
