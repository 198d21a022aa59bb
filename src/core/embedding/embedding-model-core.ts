import { APICallError, InvalidArgumentError, TooManyEmbeddingValuesForCallError } from '@ai-sdk/provider';
import { postJsonToApi } from '@ai-sdk/provider-utils';
import type { ProviderOptions } from '../model-io/call-types';
import type { CoreWarning, ProviderMetadata } from '../model-io/result-types';
import { toUsageMetadata } from '../usage';
import type { OpenClawRouterConfig } from '../config';
import { openRouterFailedResponseHandler } from '../http/errors';
import { jsonReply } from '../http/json-reply';
import { type EmbeddingsResponse, narrowEmbeddingsResponse } from '../wire/embeddings';
import { resolveRouting } from '../routing';
import { normalizeModelId } from '../model-ref';
import { withCallHeaders } from '../http/request-headers';
import { mergeShallow } from '../util/merge-options';
import { platformHeaders } from '../platform/platform-headers';
import { readResponseCache } from '../platform/response-cache';
import { parseEmbeddingOptions, type OpenClawRouterEmbeddingSettings } from './embedding-options';

export interface EmbedCallOptions {
  values: string[];
  /** V4's call option; `providerOptions.openrouter.dimensions` wins over it. */
  dimensions?: number;
  abortSignal?: AbortSignal;
  providerOptions?: ProviderOptions;
  headers?: Record<string, string | undefined>;
}

export interface EmbedResult {
  embeddings: number[][];
  usage?: { tokens: number };
  providerMetadata: ProviderMetadata;
  response: { headers?: Record<string, string>; body?: unknown };
  warnings: CoreWarning[];
}

/** The door of POST /embeddings: vectors checked (finite, non-empty, one length) before they are read. */
const embeddingsReplyHandler = jsonReply(narrowEmbeddingsResponse);

/** OpenAI's per-request input limit, which the models OpenRouter routes to commonly share. */
const MAX_EMBEDDINGS_PER_CALL = 2048;

/** Fields the request owns: the vectors are parsed as float lists. */
const OWNED_FIELDS = ['model', 'input', 'encoding_format'];

/**
 * Embeddings over OpenRouter's POST /embeddings, for every spec. Own code rather than
 * @ai-sdk/openai-compatible's embedding model, which cannot add `provider` routing to the body,
 * drops `usage.cost`, and parses errors with its own handler (no upstream cause, no error
 * envelope inside a 200).
 */
export class EmbeddingModelCore {
  readonly provider = 'openrouter.embedding';
  readonly maxEmbeddingsPerCall = MAX_EMBEDDINGS_PER_CALL;
  readonly supportsParallelCalls = true;

  constructor(
    readonly modelId: string,
    private readonly settings: OpenClawRouterEmbeddingSettings,
    private readonly config: OpenClawRouterConfig,
  ) {}

  async embed({ values, dimensions, abortSignal, providerOptions, headers }: EmbedCallOptions): Promise<EmbedResult> {
    if (values.length > this.maxEmbeddingsPerCall) {
      throw new TooManyEmbeddingValuesForCallError({
        provider: this.provider,
        modelId: this.modelId,
        maxEmbeddingsPerCall: this.maxEmbeddingsPerCall,
        values,
      });
    }
    const empty = values.findIndex((value) => typeof value !== 'string' || value === '');
    if (empty !== -1) {
      throw new InvalidArgumentError({
        argument: `values[${empty}]`,
        message: `values[${empty}] is empty: OpenRouter's /embeddings rejects empty inputs. Leave it out or embed some text.`,
      });
    }
    const callOptions = parseEmbeddingOptions(providerOptions?.openrouter, 'providerOptions.openrouter');
    const body = this.buildBody(values, dimensions, callOptions);
    const platform = platformHeaders({
      isVerifiedRoute: this.config.isVerifiedRoute,
      responseCache: [this.config.providerOptions.responseCache, this.settings.responseCache, callOptions.responseCache],
    });
    const url = `${this.config.baseURL}/embeddings`;
    const { value, responseHeaders, rawValue } = await postJsonToApi({
      url,
      headers: withCallHeaders({ ...this.config.headers(), ...platform.headers }, headers),
      body,
      failedResponseHandler: openRouterFailedResponseHandler,
      successfulResponseHandler: embeddingsReplyHandler,
      abortSignal,
      fetch: this.config.fetch,
    });
    const embeddings = readEmbeddings(value.data, values.length, { url, requestBodyValues: body, responseHeaders, rawValue });
    const promptTokens = value.usage?.prompt_tokens;
    return {
      embeddings,
      usage: typeof promptTokens === 'number' ? { tokens: promptTokens } : undefined,
      providerMetadata: embeddingMetadata(value, responseHeaders),
      response: { headers: responseHeaders, body: rawValue },
      warnings: platform.warnings,
    };
  }

  /**
   * Precedence, later wins: the provider's extraBody, the standard `dimensions` call option, model
   * settings, call options, the model's and the call's extraBody; `provider` follows the shared
   * routing rule (core/routing.ts). The request's own fields (model, input, encoding_format) always win.
   */
  private buildBody(values: string[], dimensions: number | undefined, call: OpenClawRouterEmbeddingSettings): Record<string, unknown> {
    const { extraBody: modelExtra, provider: _modelProvider, responseCache: _modelCache, ...modelFields } = this.settings;
    const { extraBody: callExtra, provider: _callProvider, responseCache: _callCache, ...callFields } = call;
    const { provider } = resolveRouting({
      providerSettings: this.config.providerOptions,
      providerExtraBody: this.config.extraBody,
      modelSettings: this.settings,
      callOptions: call,
    });
    const rest: Record<string, unknown> = {
      ...mergeShallow<Record<string, unknown>>(this.config.extraBody, { dimensions }, modelFields, callFields, modelExtra, callExtra, { provider }),
    };
    for (const key of OWNED_FIELDS) delete rest[key];
    return { model: this.modelId, input: values, encoding_format: 'float', ...rest };
  }
}

function readEmbeddings(
  data: EmbeddingsResponse['data'],
  expected: number,
  context: { url: string; requestBodyValues: unknown; responseHeaders?: Record<string, string>; rawValue: unknown },
): number[][] {
  const embeddings: number[][] = new Array(expected);
  data.forEach((entry, position) => {
    const index = entry.index ?? position;
    if (index < expected) embeddings[index] = entry.embedding as number[];
  });
  const missing = Array.from({ length: expected }, (_, index) => index).filter((index) => embeddings[index] === undefined);
  if (missing.length > 0) {
    throw new APICallError({
      message: `OpenRouter returned ${data.length} embedding(s) for ${expected} input(s); no vector for input(s) ${missing.join(', ')}.`,
      url: context.url,
      requestBodyValues: context.requestBodyValues,
      statusCode: 200,
      responseHeaders: context.responseHeaders,
      responseBody: JSON.stringify(context.rawValue),
      isRetryable: false,
      data: context.rawValue,
    });
  }
  return embeddings;
}

/** `providerMetadata.openrouter`: usage with cost (which EmbeddingModelV2 usage cannot hold), model, generation id. */
function embeddingMetadata(reply: EmbeddingsResponse, headers: Record<string, string> | undefined): ProviderMetadata {
  const openrouter: Record<string, unknown> = {};
  const generationId = headers?.['x-generation-id'] ?? (typeof reply.id === 'string' ? reply.id : undefined);
  if (generationId !== undefined) openrouter.generationId = generationId;
  if (reply.model != null) openrouter.model = reply.model;
  if (reply.provider != null) openrouter.provider = reply.provider;
  const usage = toUsageMetadata(reply.usage ?? undefined);
  if (usage) openrouter.usage = usage;
  const responseCache = readResponseCache(headers);
  if (responseCache) openrouter.responseCache = { ...responseCache };
  return { openrouter } as ProviderMetadata;
}

/** Embedding model ids with editor completion; any other OpenRouter id works too. */
export type OpenClawRouterEmbeddingModelId = 'openai/text-embedding-3-small' | 'openai/text-embedding-3-large' | (string & {});

/** The id and settings of `router.embeddingModel(id, settings?)`, checked before any request. */
export function createEmbeddingModelCore(
  config: OpenClawRouterConfig,
  /** How the caller named the factory (`textEmbeddingModel`, `embeddingModel`), for errors. */
  method: string,
  modelId: OpenClawRouterEmbeddingModelId,
  settings?: OpenClawRouterEmbeddingSettings,
): EmbeddingModelCore {
  if (typeof modelId !== 'string' || modelId.trim() === '') {
    throw new InvalidArgumentError({
      argument: 'modelId',
      message: `router.${method} needs a model id, e.g. "openai/text-embedding-3-small".`,
    });
  }
  return new EmbeddingModelCore(normalizeModelId(modelId), parseEmbeddingOptions(settings, `${method} settings`), config);
}
