'use strict';
// The transport module as the loaded nodes use it: the built one in dist/, resolved at run time so that
// linting a fresh checkout (no dist/ yet) does not depend on a build.
const path = require('node:path');
const { packageRoot } = require('./paths');

module.exports = { builtTransport: () => require(path.join(packageRoot, 'dist', 'nodes', 'shared', 'transport')) };
