import pkg from '../package.json' with { type: 'json' };

/** mxlint's version, from package.json (the bundles inline it). */
export const VERSION: string = pkg.version;
