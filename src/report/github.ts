/** The `github` format: workflow-command annotations, and the job summary that lists everything. */
export {
  formatGithubAnnotations,
  escapeData,
  escapeProperty,
  type AnnotationOptions,
  type Annotations,
} from './github-annotations.ts';
export { formatGithubSummary, escapeHtml, type SummaryOptions } from './github-summary.ts';
