import { InvalidArgumentError } from '@ai-sdk/provider';
import { getFromApi, type ResponseHandler } from '@ai-sdk/provider-utils';
import type { OpenClawRouterConfig } from '../config';
import { openRouterFailedResponseHandler } from '../http/errors';
import { jsonReply } from '../http/json-reply';
import { withCallHeaders } from '../http/request-headers';
import { withRetries } from '../http/retry';
import { narrowGenerationResponse, type OpenRouterGeneration } from '../wire/generation';
import { narrowModelsListResponse, type OpenRouterModel } from '../wire/models';

const generationReplyHandler = jsonReply(narrowGenerationResponse);
const modelsReplyHandler = jsonReply(narrowModelsListResponse);
import { narrowCredits, narrowKey, type OpenRouterCredits, type OpenRouterKey } from '../wire/account-wire';
import { narrowModelEndpoints, type OpenRouterModelEndpoints } from '../wire/endpoints-wire';
import { dataOf } from '../wire/field-checks';
import { endpointsPath } from './endpoints-path';

// Each account look-up answers `{ data }`: the door narrows that data to the shape the caller gets.
const keyReply = jsonReply(dataOf(narrowKey));
const creditsReply = jsonReply(dataOf(narrowCredits));
const endpointsReply = jsonReply(dataOf(narrowModelEndpoints));

export interface LookupOptions {
  abortSignal?: AbortSignal | undefined;
  /** Extra headers for this request; they win over the provider's. */
  headers?: Record<string, string | undefined> | undefined;
  /** Retries of retryable failures (429, 5xx, ...); default 2, as for model calls. */
  maxRetries?: number | undefined;
}

export interface ListModelsOptions extends LookupOptions {
  /**
   * Models whose output includes one of these modalities (`text`, `image`, `embeddings`, `audio`,
   * ...), or `'all'`. OpenRouter's default is text models only.
   */
  outputModalities?: string[] | 'all' | undefined;
  /** Only models that take all of these request parameters, e.g. `['tools', 'reasoning']`. */
  supportedParameters?: string[] | undefined;
}

/**
 * Look-ups beside the models, over the same connection: base URL, key, attribution headers,
 * secret-free errors (the redacting fetch) and OpenRouter's error envelopes, with the AI SDK's
 * retry rule for model calls.
 */
export function createLookups(config: OpenClawRouterConfig) {
  const get = <T>(path: string, successfulResponseHandler: ResponseHandler<T>, options: LookupOptions): Promise<T> =>
    withRetries(async () => {
      const { value } = await getFromApi({
        url: `${config.baseURL}${path}`,
        headers: withCallHeaders(config.headers(), options.headers),
        failedResponseHandler: openRouterFailedResponseHandler,
        successfulResponseHandler,
        abortSignal: options.abortSignal,
        fetch: config.fetch,
      });
      return value;
    }, options);

  return {
    /** `GET /generation?id=`: cost, latency, served provider and token counts of one generation. */
    async getGeneration(id: string, options: LookupOptions = {}): Promise<OpenRouterGeneration> {
      if (typeof id !== 'string' || id.trim() === '') {
        throw new InvalidArgumentError({
          argument: 'id',
          message: 'router.getGeneration needs a generation id, e.g. providerMetadata.openrouter.generationId of a result.',
        });
      }
      return (await get(`/generation?id=${encodeURIComponent(id)}`, generationReplyHandler, options)).data;
    },

    /** `GET /models`: OpenRouter's catalogue (ids, context lengths, pricing, supported parameters). */
    async listModels(options: ListModelsOptions = {}): Promise<OpenRouterModel[]> {
      const query = new URLSearchParams();
      const { outputModalities, supportedParameters } = options;
      if (outputModalities !== undefined) query.set('output_modalities', outputModalities === 'all' ? 'all' : outputModalities.join(','));
      if (supportedParameters !== undefined) query.set('supported_parameters', supportedParameters.join(','));
      const search = query.toString();
      return [...(await get(`/models${search === '' ? '' : `?${search}`}`, modelsReplyHandler, options)).data];
    },

    /** `GET /key`: the API key's label, limit, what is left of it, and its usage (in all, daily, weekly, monthly). */
    async getKey(options: LookupOptions = {}): Promise<OpenRouterKey> {
      return get('/key', keyReply, options);
    },

    /** `GET /credits`: credits bought and used by the account, in USD (OpenRouter may ask for a management key). */
    async getCredits(options: LookupOptions = {}): Promise<OpenRouterCredits> {
      return get('/credits', creditsReply, options);
    },

    /** `GET /models/{author}/{slug}/endpoints`: the providers serving a model, with pricing, context, quantization, uptime and parameters. */
    async listEndpoints(modelId: string, options: LookupOptions = {}): Promise<OpenRouterModelEndpoints> {
      return get(endpointsPath(modelId), endpointsReply, options);
    },
  };
}

export type OpenRouterLookups = ReturnType<typeof createLookups>;
