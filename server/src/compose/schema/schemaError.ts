// The shape of one ajv error as the generated validator (compiled with `verbose`) reports it.

export interface SchemaError {
  keyword: string;
  /** JSON pointer into the validated value, e.g. `/services/web/ports/0`. */
  instancePath: string;
  schemaPath: string;
  params: Record<string, unknown>;
  message?: string;
  /** The keyword's value, e.g. the branches of a oneOf. */
  schema?: unknown;
  /** The schema object holding the keyword: its `properties` and `description` feed the messages. */
  parentSchema?: { properties?: Record<string, unknown>; description?: string; [key: string]: unknown };
  /** The validated value at instancePath. */
  data?: unknown;
}
