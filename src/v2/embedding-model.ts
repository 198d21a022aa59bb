import {
  APICallError,
  InvalidArgumentError,
  TooManyEmbeddingValuesForCallError,
  type EmbeddingModelV2,
  type SharedV2ProviderMetadata,
} from '@ai-sdk/provider';
import { postJsonToApi } from '@ai-sdk/provider-utils';
import { toUsageMetadata } from '../core/usage';
import type { OpenClawRouterConfig } from '../core/config';
import { openRouterFailedResponseHandler } from '../core/http/errors';
import { dataReplyHandler } from '../core/http/data-reply-handler';
import { resolveRouting } from '../core/routing';
import { normalizeModelId } from '../core/model-ref';
import { withCallHeaders } from '../core/http/request-headers';
import { mergeShallow } from '../core/util/merge-options';
import { parseEmbeddingOptions, type OpenClawRouterEmbeddingSettings } from '../core/embedding/embedding-options';

type EmbedOptions = Parameters<EmbeddingModelV2<string>['doEmbed']>[0];
type EmbedResult = Awaited<ReturnType<EmbeddingModelV2<string>['doEmbed']>>;

/** OpenAI's per-request input limit, which the models OpenRouter routes to commonly share. */
const MAX_EMBEDDINGS_PER_CALL = 2048;

/** Fields the request owns: the vectors are parsed as float lists. */
const OWNED_FIELDS = ['model', 'input', 'encoding_format'];

/**
 * EmbeddingModelV2 over OpenRouter's POST /embeddings. Own code rather than
 * @ai-sdk/openai-compatible's embedding model, which cannot add `provider` routing to the body,
 * drops `usage.cost`, and parses errors with its own handler (no upstream cause, no error
 * envelope inside a 200).
 */
export class OpenClawRouterEmbeddingModel implements EmbeddingModelV2<string> {
  readonly specificationVersion = 'v2';
  readonly provider = 'openrouter.embedding';
  readonly maxEmbeddingsPerCall = MAX_EMBEDDINGS_PER_CALL;
  readonly supportsParallelCalls = true;

  constructor(
    readonly modelId: string,
    private readonly settings: OpenClawRouterEmbeddingSettings,
    private readonly config: OpenClawRouterConfig,
  ) {}

  async doEmbed({ values, abortSignal, providerOptions, headers }: EmbedOptions): Promise<EmbedResult> {
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
    const body = this.buildBody(values, parseEmbeddingOptions(providerOptions?.openrouter, 'providerOptions.openrouter'));
    const url = `${this.config.baseURL}/embeddings`;
    const { value, responseHeaders, rawValue } = await postJsonToApi({
      url,
      headers: withCallHeaders(this.config.headers(), headers),
      body,
      failedResponseHandler: openRouterFailedResponseHandler,
      successfulResponseHandler: dataReplyHandler,
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
    };
  }

  /**
   * Precedence, later wins: the provider's extraBody, model settings, call options, the model's and
   * the call's extraBody. The request's own fields (model, input, encoding_format) always win.
   */
  private buildBody(values: string[], call: OpenClawRouterEmbeddingSettings): Record<string, unknown> {
    const { extraBody: modelExtra, provider: _modelProvider, ...modelFields } = this.settings;
    const { extraBody: callExtra, provider: _callProvider, ...callFields } = call;
    const { provider } = resolveRouting(this.config.providerOptions, this.settings, call);
    const rest: Record<string, unknown> = {
      ...mergeShallow<Record<string, unknown>>(this.config.extraBody, modelFields, callFields, { provider }, modelExtra, callExtra),
    };
    for (const key of OWNED_FIELDS) delete rest[key];
    return { model: this.modelId, input: values, encoding_format: 'float', ...rest };
  }
}

function readEmbeddings(
  data: unknown[],
  expected: number,
  context: { url: string; requestBodyValues: unknown; responseHeaders?: Record<string, string>; rawValue: unknown },
): number[][] {
  const embeddings: number[][] = new Array(expected);
  data.forEach((item, position) => {
    const entry = item as { embedding?: unknown; index?: unknown } | null;
    const index = typeof entry?.index === 'number' ? entry.index : position;
    if (Array.isArray(entry?.embedding) && index >= 0 && index < expected) embeddings[index] = entry.embedding as number[];
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
function embeddingMetadata(reply: Record<string, any>, headers: Record<string, string> | undefined): SharedV2ProviderMetadata {
  const openrouter: Record<string, unknown> = {};
  const generationId = headers?.['x-generation-id'] ?? (typeof reply.id === 'string' ? reply.id : undefined);
  if (generationId !== undefined) openrouter.generationId = generationId;
  if (typeof reply.model === 'string') openrouter.model = reply.model;
  if (typeof reply.provider === 'string') openrouter.provider = reply.provider;
  const usage = toUsageMetadata(reply.usage ?? undefined);
  if (usage) openrouter.usage = usage;
  return { openrouter } as SharedV2ProviderMetadata;
}

/** Embedding model ids with editor completion; any other OpenRouter id works too. */
export type OpenClawRouterEmbeddingModelId =
  | 'openai/text-embedding-3-small'
  | 'openai/text-embedding-3-large'
  | (string & {});

/** `router.textEmbeddingModel(id, settings?)`: an OpenClaw ref or OpenRouter embedding model id. */
export function createEmbeddingModelFactory(config: OpenClawRouterConfig) {
  return (modelId: OpenClawRouterEmbeddingModelId, settings?: OpenClawRouterEmbeddingSettings): OpenClawRouterEmbeddingModel => {
    if (typeof modelId !== 'string' || modelId.trim() === '') {
      throw new InvalidArgumentError({
        argument: 'modelId',
        message: 'router.textEmbeddingModel needs a model id, e.g. "openai/text-embedding-3-small".',
      });
    }
    return new OpenClawRouterEmbeddingModel(normalizeModelId(modelId), parseEmbeddingOptions(settings, 'textEmbeddingModel settings'), config);
  };
}
