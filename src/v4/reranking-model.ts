import type { RerankingModelV4, RerankingModelV4CallOptions, RerankingModelV4Result } from '@ai-sdk/provider-v4';
import type { RerankingModelCore } from '../core/reranking/reranking-model-core';
import { toV4Warnings } from './map-to-v4';

/** RerankingModelV4 (AI SDK 7's rerank) over the OpenRouter reranking core. */
export class OpenClawRouterRerankingModel implements RerankingModelV4 {
  readonly specificationVersion = 'v4';
  readonly provider = 'openrouter.reranking';
  readonly modelId: string;

  constructor(private readonly core: RerankingModelCore) {
    this.modelId = core.modelId;
  }

  async doRerank(options: RerankingModelV4CallOptions): Promise<RerankingModelV4Result> {
    const result = await this.core.rerank(options);
    return { ...result, warnings: toV4Warnings(result.warnings) };
  }
}
