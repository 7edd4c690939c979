/** Output formatters: pure functions from results to text; the CLI writes it where it goes. */
export { countDiagnostics, countResults, describeCounts, SEVERITY_RANK, type SeverityCounts } from './counts.ts';
export { formatStylish, type StylishOptions } from './stylish.ts';
export { formatJson, toJsonResults, type JsonFileResult, type JsonMessage, type JsonOptions } from './json.ts';
export { formatSarif, toSarif, FINGERPRINT_KEY, type SarifLog, type SarifOptions } from './sarif.ts';
export {
  formatGithubAnnotations,
  escapeData,
  escapeProperty,
  type AnnotationOptions,
  type Annotations,
} from './github-annotations.ts';
export { formatGithubSummary, escapeHtml, type SummaryOptions } from './github-summary.ts';
