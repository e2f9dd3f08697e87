'use strict';
// Kept in JavaScript: the n8n lint (which also reads test/*.ts) forbids `__dirname`, and tests need the root.
const path = require('node:path');

module.exports = { packageRoot: path.resolve(__dirname, '..', '..') };
