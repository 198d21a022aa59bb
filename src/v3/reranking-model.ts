import type { RerankingModelV3, RerankingModelV3CallOptions } from '@ai-sdk/provider-v3';
import type { RerankingModelCore } from '../core/reranking/reranking-model-core';
import { toV3Warnings } from './map-to-v3';

/** RerankingModelV3 (AI SDK 6's rerank) over the OpenRouter reranking core. */
export class OpenClawRouterRerankingModel implements RerankingModelV3 {
  readonly specificationVersion = 'v3';
  readonly provider = 'openrouter.reranking';
  readonly modelId: string;

  constructor(private readonly core: RerankingModelCore) {
    this.modelId = core.modelId;
  }

  async doRerank(options: RerankingModelV3CallOptions) {
    const result = await this.core.rerank(options);
    return { ...result, warnings: toV3Warnings(result.warnings) };
  }
}
