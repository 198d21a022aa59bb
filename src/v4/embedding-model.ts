import type { EmbeddingModelV4, EmbeddingModelV4CallOptions, EmbeddingModelV4Result } from '@ai-sdk/provider-v4';
import type { EmbeddingModelCore } from '../core/embedding/embedding-model-core';
import { toV4Warnings } from './map-to-v4';

/** EmbeddingModelV4 (AI SDK 7) over the OpenRouter embedding core. */
export class OpenClawRouterEmbeddingModel implements EmbeddingModelV4 {
  readonly specificationVersion = 'v4';
  readonly provider = 'openrouter.embedding';
  readonly supportsParallelCalls = true;
  readonly modelId: string;
  readonly maxEmbeddingsPerCall: number;

  constructor(private readonly core: EmbeddingModelCore) {
    this.modelId = core.modelId;
    this.maxEmbeddingsPerCall = core.maxEmbeddingsPerCall;
  }

  async doEmbed(options: EmbeddingModelV4CallOptions): Promise<EmbeddingModelV4Result> {
    const result = await this.core.embed(options);
    return { ...result, warnings: toV4Warnings(result.warnings) };
  }
}
