import { readFileSync } from 'node:fs';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/**
 * Validators for OpenRouter's wire shapes, built from test/schema/openrouter.schema.json
 * (derived from the published OpenAPI file by `npm run schema:derive`).
 */

const schema = JSON.parse(readFileSync(new URL('../schema/openrouter.schema.json', import.meta.url), 'utf8')) as {
  $id: string;
};

// strictTypes is off: the spec puts keywords such as `discriminator` and `properties` next to
// `oneOf` without `type: object`, which is valid JSON Schema; every other strict check stays on.
const ajv = new Ajv2020({ strict: true, strictTypes: false, allErrors: true, allowUnionTypes: true, discriminator: true });
addFormats(ajv);
// OpenAPI's numeric formats, which JSON Schema does not define.
const INT32 = 2 ** 31;
ajv.addFormat('int32', { type: 'number', validate: (value: number) => Number.isInteger(value) && value >= -INT32 && value < INT32 });
ajv.addFormat('int64', { type: 'number', validate: (value: number) => Number.isInteger(value) });
ajv.addFormat('double', { type: 'number', validate: () => true });
ajv.addFormat('float', { type: 'number', validate: () => true });
ajv.addSchema(schema);

export type OpenRouterSchemaName =
  | 'ChatRequest'
  | 'ChatResult'
  | 'ChatStreamChunk'
  | 'ImageGenerationRequest'
  | 'ImageGenerationResponse'
  | 'EmbeddingsRequest'
  | 'EmbeddingsResponse'
  | 'GenerationResponse'
  | 'ModelsListResponse'
  | 'SpeechRequest'
  | 'STTRequest'
  | 'STTResponse'
  | 'RerankRequest'
  | 'RerankResponse'
  | 'VideoGenerationRequest'
  | 'VideoGenerationResponse'
  | 'KeyResponse'
  | 'CreditsResponse'
  | 'ModelEndpointsResponse'
  | 'FileResponse'
  | 'FileDeleteResponse'
  | 'ErrorResponse';

const validators = new Map<OpenRouterSchemaName, ValidateFunction>();

function validatorFor(name: OpenRouterSchemaName): ValidateFunction {
  let validate = validators.get(name);
  if (validate === undefined) {
    validate = ajv.getSchema(`${schema.$id}#/$defs/${name}`);
    if (validate === undefined) throw new Error(`No schema ${name} in openrouter.schema.json`);
    validators.set(name, validate);
  }
  return validate;
}

/** The schema errors of `value` as readable lines; empty when it is valid. */
export function openRouterSchemaErrors(name: OpenRouterSchemaName, value: unknown): string[] {
  const validate = validatorFor(name);
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error) => describeError(error, value));
}

/** Throws an Error listing every violation (path, message, offending value). */
export function assertValidOpenRouter(name: OpenRouterSchemaName, value: unknown, what: string = name): void {
  const errors = openRouterSchemaErrors(name, value);
  if (errors.length > 0) {
    throw new Error(`${what} does not match OpenRouter's ${name} schema:\n${errors.map((line) => `  - ${line}`).join('\n')}`);
  }
}

export const assertValidChatRequest = (body: unknown) => assertValidOpenRouter('ChatRequest', body);
export const assertValidChatResult = (body: unknown) => assertValidOpenRouter('ChatResult', body);
export const assertValidChatStreamChunk = (chunk: unknown) => assertValidOpenRouter('ChatStreamChunk', chunk);
export const assertValidImageRequest = (body: unknown) => assertValidOpenRouter('ImageGenerationRequest', body);
export const assertValidImageResponse = (body: unknown) => assertValidOpenRouter('ImageGenerationResponse', body);
export const assertValidEmbeddingRequest = (body: unknown) => assertValidOpenRouter('EmbeddingsRequest', body);
export const assertValidEmbeddingResponse = (body: unknown) => assertValidOpenRouter('EmbeddingsResponse', body);
export const assertValidErrorResponse = (body: unknown) => assertValidOpenRouter('ErrorResponse', body);

const MAX_VALUE_LENGTH = 200;

function describeError(error: ErrorObject, root: unknown): string {
  const path = error.instancePath || '/';
  const extra = extraProperty(error);
  const value = valueAt(root, extra === undefined ? error.instancePath : `${error.instancePath}/${escapePointer(extra)}`);
  const where = extra === undefined ? path : `${path} (property "${extra}")`;
  const detail = error.keyword === 'enum' ? ` ${JSON.stringify(error.params.allowedValues)}` : '';
  return `${where}: ${error.message ?? error.keyword}${detail}; value: ${preview(value)}`;
}

function extraProperty(error: ErrorObject): string | undefined {
  if (error.keyword === 'additionalProperties') return String(error.params.additionalProperty);
  if (error.keyword === 'unevaluatedProperties') return String(error.params.unevaluatedProperty);
  return undefined;
}

function escapePointer(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

function valueAt(root: unknown, pointer: string): unknown {
  let current = root;
  for (const token of pointer.split('/').slice(1)) {
    const key = token.replace(/~1/g, '/').replace(/~0/g, '~');
    current = typeof current === 'object' && current !== null ? (current as Record<string, unknown>)[key] : undefined;
  }
  return current;
}

function preview(value: unknown): string {
  const text = value === undefined ? 'undefined' : JSON.stringify(value);
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH)}…` : text;
}

/** The top-level property names a request schema declares. */
export function openRouterSchemaProperties(name: OpenRouterSchemaName): string[] {
  const defs = (schema as unknown as { $defs: Record<string, { properties?: Record<string, unknown> }> }).$defs;
  return Object.keys(defs[name]?.properties ?? {});
}
