import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { startOpenRouterEmulator, type OpenRouterEmulator, type OpenRouterEmulatorOptions, type RecordedRequest } from '../../src/testing';
import { openRouterSchemaErrors, type OpenRouterSchemaName } from './openrouter-schema';

interface RouteSchemas {
  /** Absent for GET look-ups, which send no body. */
  request?: OpenRouterSchemaName;
  reply: OpenRouterSchemaName;
  chunk?: OpenRouterSchemaName;
}

const SCHEMAS_BY_ROUTE: Record<string, RouteSchemas> = {
  '/api/v1/chat/completions': { request: 'ChatRequest', reply: 'ChatResult', chunk: 'ChatStreamChunk' },
  '/api/v1/images': { request: 'ImageGenerationRequest', reply: 'ImageGenerationResponse' },
  '/api/v1/embeddings': { request: 'EmbeddingsRequest', reply: 'EmbeddingsResponse' },
  '/api/v1/generation': { reply: 'GenerationResponse' },
  '/api/v1/models': { reply: 'ModelsListResponse' },
  '/api/v1/audio/speech': { request: 'SpeechRequest', reply: 'ErrorResponse' },
  '/api/v1/audio/transcriptions': { request: 'STTRequest', reply: 'STTResponse' },
  '/api/v1/rerank': { request: 'RerankRequest', reply: 'RerankResponse' },
  '/api/v1/videos': { request: 'VideoGenerationRequest', reply: 'VideoGenerationResponse' },
  '/api/v1/key': { reply: 'KeyResponse' },
  '/api/v1/credits': { reply: 'CreditsResponse' },
  '/api/v1/files': { reply: 'FileResponse' },
};

/** GET /videos/{jobId} answers with the job; its /content is bytes (no JSON to check unless an error). */
const VIDEO_JOB_SCHEMAS: RouteSchemas = { request: 'VideoGenerationRequest', reply: 'VideoGenerationResponse' };
const VIDEO_JOB_PATH = /^\/api\/v1\/videos\/[^/]+(\/content)?$/;

/** GET /models/{author}/{slug}/endpoints; a file's metadata (GET) or deletion (DELETE); a file's content is bytes. */
const MODEL_ENDPOINTS_PATH = /^\/api\/v1\/models\/[^/]+\/[^/]+\/endpoints$/;
const FILE_PATH = /^\/api\/v1\/files\/[^/]+$/;

/**
 * A recorded request whose JSON body tests read freely (`body.messages[0].content`). The
 * emulator types it `unknown`, as src/ does with every parsed value; tests assert on it instead.
 */
export type TestRequest = Omit<RecordedRequest, 'body'> & { body: any };

/** The emulator as tests see it: its recorded requests are `TestRequest`s. */
export type TestEmulator = Omit<OpenRouterEmulator, 'requests' | 'lastRequest'> & {
  readonly requests: TestRequest[];
  lastRequest(): TestRequest;
};

export interface EmulatorHandle {
  readonly emulator: TestEmulator;
  readonly baseURL: string;
  readonly fetch: typeof globalThis.fetch;
}

/**
 * One emulator for the test file: started before all tests, reset before each, closed after all.
 * After each test every request body sent to /chat/completions, /images or /embeddings must match
 * OpenRouter's request schema, and every reply with `schemaCheck` (JSON body or each stream
 * chunk, and the replies of GET /generation and /models) its reply schema; otherwise the test fails
 * with the list of violations.
 */
export function useEmulator(options?: OpenRouterEmulatorOptions): EmulatorHandle {
  let current: OpenRouterEmulator | undefined;
  const started = (): OpenRouterEmulator => {
    if (current === undefined) throw new Error('useEmulator: the emulator is only available inside tests and hooks');
    return current;
  };

  beforeAll(async () => {
    current = await startOpenRouterEmulator(options);
  });
  beforeEach(() => started().reset());
  afterEach(() => {
    const problems = started().requests.flatMap((request, index) => schemaProblems(request, index));
    if (problems.length > 0) throw new Error(`OpenRouter schema check failed:\n${problems.join('\n')}`);
  });
  afterAll(async () => {
    await current?.close();
    current = undefined;
  });

  return {
    get emulator(): TestEmulator {
      return started();
    },
    get baseURL() {
      return started().baseURL;
    },
    get fetch() {
      return started().fetch;
    },
  };
}

/** Violations of one recorded exchange, as readable paragraphs. */
export function schemaProblems(request: RecordedRequest, index: number): string[] {
  const path = request.path.split('?')[0];
  const schemas = SCHEMAS_BY_ROUTE[path] ?? (VIDEO_JOB_PATH.test(path) ? VIDEO_JOB_SCHEMAS : undefined) ?? platformSchemas(request.method, path);
  if (schemas === undefined) return [];
  const label = `request #${index + 1} ${request.method} ${request.path}`;
  const problems: string[] = [];
  const report = (what: string, schema: OpenRouterSchemaName, value: unknown) => {
    const errors = openRouterSchemaErrors(schema, value);
    if (errors.length > 0) problems.push(`${label}: ${what} does not match ${schema}:\n${errors.map((line) => `    - ${line}`).join('\n')}`);
  };

  // A body that is not JSON got the emulator's 400; there is no shape to check.
  if (request.body !== undefined && schemas.request) report('request body', schemas.request, request.body);

  const { reply } = request;
  if (!reply.schemaCheck) return problems;
  if (reply.kind === 'json' || (reply.kind === 'raw' && reply.body !== undefined)) {
    report('reply body', isErrorEnvelope(reply.body) || reply.status >= 300 ? 'ErrorResponse' : schemas.reply, reply.body);
  } else if (reply.kind === 'stream' || reply.kind === 'raw') {
    (reply.chunks ?? []).forEach((chunk, position) => report(`stream chunk #${position + 1}`, schemas.chunk ?? schemas.reply, chunk));
  }
  return problems;
}

function platformSchemas(method: string, path: string): RouteSchemas | undefined {
  if (MODEL_ENDPOINTS_PATH.test(path)) return { reply: 'ModelEndpointsResponse' };
  if (FILE_PATH.test(path)) return { reply: method === 'DELETE' ? 'FileDeleteResponse' : 'FileResponse' };
  return undefined;
}

/** OpenRouter can answer 200 with an error envelope instead of a result (a failed video job's `error` is a string). */
function isErrorEnvelope(body: unknown): boolean {
  if (typeof body !== 'object' || body === null || 'choices' in body || 'data' in body) return false;
  const error = (body as { error?: unknown }).error;
  return typeof error === 'object' && error !== null;
}
