// Node, loaded with require(): the same API as node.mjs over the same synchronous glue.
'use strict';
const { makeApi, makeBindForm } = require('./core.cjs');

const api = makeApi(require('../pkg-node/formmirror.js'), undefined, () => require('./endpoints-data.json'));
module.exports = { ...api, bindForm: makeBindForm(api) };
module.exports.ready = () => Promise.resolve();
