/**
 * The official SARIF 2.1.0 JSON Schema as Microsoft's SARIF SDK ships it in the
 * `@microsoft/sarif-multitool` packages (dev dependency; its per-platform optional package
 * holds `sarif-2.1.0.json`), compiled with ajv. Nothing of the schema is copied here.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';

const require = createRequire(import.meta.url);

export function loadSarifSchema(): Record<string, unknown> {
  const platform = process.platform === 'win32' ? 'win32' : process.platform === 'darwin' ? 'darwin' : 'linux';
  const file = require.resolve(`@microsoft/sarif-multitool-${platform}/sarif-2.1.0.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

export function sarifValidator(): ValidateFunction {
  // The schema uses `format`; ajv-formats is not a dependency, so the four formats the
  // schema names are checked here with the WHATWG URL parser and two patterns.
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  ajv.addFormat('uri-reference', (value: string) => URL.canParse(value, 'file:///base/'));
  ajv.addFormat('uuid', UUID);
  ajv.addFormat('date-time', DATE_TIME);
  return ajv.compile(loadSarifSchema());
}
