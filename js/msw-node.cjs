// formmirror/msw for require(): the CommonJS twin of msw-node.mjs.
const formmirror = require('./node.cjs');
const { makeHandlers } = require('./msw-handlers.cjs');

module.exports = { handlers: makeHandlers(formmirror) };
