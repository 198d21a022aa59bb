import type { EmbeddingModelV3, EmbeddingModelV3CallOptions, EmbeddingModelV3Result } from '@ai-sdk/provider-v3';
import type { EmbeddingModelCore } from '../core/embedding/embedding-model-core';
import { toV3Warnings } from './map-to-v3';

/** EmbeddingModelV3 (AI SDK 6) over the OpenRouter embedding core. */
export class OpenClawRouterEmbeddingModel implements EmbeddingModelV3 {
  readonly specificationVersion = 'v3';
  readonly provider = 'openrouter.embedding';
  readonly supportsParallelCalls = true;
  readonly modelId: string;
  readonly maxEmbeddingsPerCall: number;

  constructor(private readonly core: EmbeddingModelCore) {
    this.modelId = core.modelId;
    this.maxEmbeddingsPerCall = core.maxEmbeddingsPerCall;
  }

  async doEmbed(options: EmbeddingModelV3CallOptions): Promise<EmbeddingModelV3Result> {
    const result = await this.core.embed(options);
    return { ...result, warnings: toV3Warnings(result.warnings) };
  }
}
