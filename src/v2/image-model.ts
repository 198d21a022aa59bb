import type { ImageModelV2, ImageModelV2ProviderMetadata } from '@ai-sdk/provider';
import type { ImageGenerateResult, ImageModelCore } from '../core/image/image-model-core';
import type { ImageCallOptions } from '../core/image/build-image-request';
import type { ImageEndpoint } from '../core/image/image-model-family';
import { toV2ImageWarnings } from './map-to-v2';

type ImageModelV2Result = Awaited<ReturnType<ImageModelV2['doGenerate']>>;

/** The V2 result plus `usage`, which AI SDK 6 and 7 read from V2 models too. */
export type OpenClawRouterImageResult = ImageModelV2Result & { usage: ImageGenerateResult['usage'] };

/** ImageModelV2 (AI SDK 5) over the OpenRouter image core. */
export class OpenClawRouterImageModel implements ImageModelV2 {
  readonly specificationVersion = 'v2';
  readonly provider = 'openrouter.image';

  readonly modelId: string;
  readonly endpoint: ImageEndpoint;
  readonly maxImagesPerCall: number;

  constructor(private readonly core: ImageModelCore) {
    this.modelId = core.modelId;
    this.endpoint = core.endpoint;
    this.maxImagesPerCall = core.maxImagesPerCall;
  }

  /** AI SDK 6 and 7 also pass `files` and `mask` to V2 models for edits. */
  async doGenerate(options: ImageCallOptions): Promise<OpenClawRouterImageResult> {
    const result = await this.core.generate(options);
    return {
      images: result.images,
      warnings: toV2ImageWarnings(result.warnings),
      providerMetadata: result.providerMetadata as ImageModelV2ProviderMetadata,
      usage: result.usage,
      response: result.response,
    };
  }
}
