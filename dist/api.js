// mxlint as a library (src/api.ts); the code is in mxlint.cjs.
'use strict';
const { MissingPathError, explain, lint, listRules, version } = require('./mxlint.cjs');
module.exports = { MissingPathError, explain, lint, listRules, version };
