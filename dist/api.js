// mxlint as a library (src/api.ts); the code is in mxlint.cjs.
export { MissingPathError, explain, lint, listRules, version } from './mxlint.cjs';
