import type { EmbeddingModelV2 } from '@ai-sdk/provider';
import type { EmbeddingModelCore } from '../core/embedding/embedding-model-core';

type EmbedOptions = Parameters<EmbeddingModelV2<string>['doEmbed']>[0];
type EmbedResult = Awaited<ReturnType<EmbeddingModelV2<string>['doEmbed']>>;

/** EmbeddingModelV2 (AI SDK 5) over the OpenRouter embedding core. */
export class OpenClawRouterEmbeddingModel implements EmbeddingModelV2<string> {
  readonly specificationVersion = 'v2';
  readonly provider = 'openrouter.embedding';
  readonly supportsParallelCalls = true;

  readonly modelId: string;
  readonly maxEmbeddingsPerCall: number;

  constructor(private readonly core: EmbeddingModelCore) {
    this.modelId = core.modelId;
    this.maxEmbeddingsPerCall = core.maxEmbeddingsPerCall;
  }

  async doEmbed(options: EmbedOptions): Promise<EmbedResult> {
    const { warnings: _none, ...result } = await this.core.embed(options);
    return result;
  }
}
