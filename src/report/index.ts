/** Output formatters: pure functions from results to text; the CLI writes it where it goes. */
export { countDiagnostics, countSeverities, plural, describeCounts, SEVERITY_RANK, type SeverityCounts } from './counts.ts';
export { formatStylish, type StylishOptions } from './stylish.ts';
export { formatJson, toJsonResults, type JsonFileResult, type JsonMessage, type JsonOptions } from './json.ts';
export { formatSarif, toSarif, FINGERPRINT_KEY, type SarifLog, type SarifOptions, type SarifRules } from './sarif.ts';
export {
  formatGithubAnnotations,
  formatGithubSummary,
  escapeData,
  escapeProperty,
  escapeHtml,
  type AnnotationOptions,
  type Annotations,
  type SummaryOptions,
} from './github.ts';
