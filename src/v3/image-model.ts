import type { ImageModelV3, ImageModelV3CallOptions, ImageModelV3ProviderMetadata } from '@ai-sdk/provider-v3';
import type { ImageEndpoint } from '../core/image/image-model-family';
import type { ImageModelCore } from '../core/image/image-model-core';
import { toV3Warnings } from './map-to-v3';

type ImageModelV3Result = Awaited<ReturnType<ImageModelV3['doGenerate']>>;

/** ImageModelV3 (AI SDK 6) over the OpenRouter image core; `files` are images to edit. */
export class OpenClawRouterImageModel implements ImageModelV3 {
  readonly specificationVersion = 'v3';
  readonly provider = 'openrouter.image';
  readonly modelId: string;
  readonly endpoint: ImageEndpoint;
  readonly maxImagesPerCall: number;

  constructor(private readonly core: ImageModelCore) {
    this.modelId = core.modelId;
    this.endpoint = core.endpoint;
    this.maxImagesPerCall = core.maxImagesPerCall;
  }

  async doGenerate(options: ImageModelV3CallOptions): Promise<ImageModelV3Result> {
    const result = await this.core.generate(options);
    return {
      images: result.images,
      warnings: toV3Warnings(result.warnings),
      providerMetadata: result.providerMetadata as ImageModelV3ProviderMetadata,
      usage: result.usage,
      response: result.response,
    };
  }
}
