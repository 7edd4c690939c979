/** A JSON Schema document (draft-07), as rules declare their options and provider readers their formats; ajv checks it. */
export type JsonSchema = { [key: string]: unknown };
