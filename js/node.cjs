// Node, loaded with require(): the same API as node.mjs over the same synchronous glue.
'use strict';
const { makeApi } = require('./core.cjs');

module.exports = makeApi(require('../pkg-node/formmirror.js'));
module.exports.ready = () => Promise.resolve();
