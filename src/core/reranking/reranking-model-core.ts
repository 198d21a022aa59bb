import { postJsonToApi } from '@ai-sdk/provider-utils';
import type { OpenClawRouterConfig } from '../config';
import { openRouterFailedResponseHandler } from '../http/errors';
import { jsonReply } from '../http/json-reply';
import { withCallHeaders } from '../http/request-headers';
import type { ProviderOptions } from '../model-io/call-types';
import type { CoreWarning, ProviderMetadata } from '../model-io/result-types';
import { requiredModelId } from '../required-model-id';
import { narrowRerankResponse } from '../wire/rerank';
import { buildRerankRequest, type RerankCallFields } from './build-rerank-request';
import { parseRerankReply, type RankedDocument } from './parse-rerank-reply';
import { parseRerankingOptions, type OpenClawRouterRerankingSettings } from './reranking-options';

export interface RerankCallOptions extends RerankCallFields {
  providerOptions?: ProviderOptions;
  abortSignal?: AbortSignal;
  headers?: Record<string, string | undefined>;
}

export interface RerankResult {
  ranking: RankedDocument[];
  providerMetadata: ProviderMetadata;
  warnings: CoreWarning[];
  response: { id?: string; timestamp: Date; modelId?: string; headers: Record<string, string> | undefined; body: unknown };
}

/** Reranking over OpenRouter's POST /rerank, with provider routing, for the V3 and V4 specs. */
export class RerankingModelCore {
  readonly provider = 'openrouter.reranking';

  constructor(
    readonly modelId: string,
    private readonly settings: OpenClawRouterRerankingSettings,
    private readonly config: OpenClawRouterConfig,
  ) {}

  async rerank(options: RerankCallOptions): Promise<RerankResult> {
    const body = buildRerankRequest({
      modelId: this.modelId,
      call: options,
      providerRouting: this.config.providerOptions,
      providerExtraBody: this.config.extraBody,
      settings: this.settings,
      callOptions: parseRerankingOptions(options.providerOptions?.openrouter, 'providerOptions.openrouter'),
    });
    const url = `${this.config.baseURL}/rerank`;
    const timestamp = new Date();
    const { value, responseHeaders, rawValue } = await postJsonToApi({
      url,
      headers: withCallHeaders(this.config.headers(), options.headers),
      body,
      failedResponseHandler: openRouterFailedResponseHandler,
      // The door checks the results against this request: documents sent, top_n.
      successfulResponseHandler: jsonReply(narrowRerankResponse({ documentCount: options.documents.values.length, topN: options.topN })),
      abortSignal: options.abortSignal,
      fetch: this.config.fetch,
    });
    const { ranking, providerMetadata } = parseRerankReply(value, responseHeaders);
    return {
      ranking,
      providerMetadata,
      warnings: [],
      response: {
        ...(value.id != null ? { id: value.id } : {}),
        timestamp,
        modelId: value.model ?? this.modelId,
        headers: responseHeaders,
        body: rawValue,
      },
    };
  }
}

/** Reranking model ids with editor completion; any other OpenRouter id works too. */
export type OpenClawRouterRerankingModelId = 'cohere/rerank-v3.5' | 'cohere/rerank-4-pro' | (string & {});

/** `router.rerankingModel(id, settings?)`, checked before any request. */
export function createRerankingModelCore(
  config: OpenClawRouterConfig,
  modelId: OpenClawRouterRerankingModelId,
  settings?: OpenClawRouterRerankingSettings,
): RerankingModelCore {
  return new RerankingModelCore(requiredModelId(modelId, 'rerankingModel', 'cohere/rerank-v3.5'), parseRerankingOptions(settings, 'rerankingModel settings'), config);
}
