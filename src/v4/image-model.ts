import type { ImageModelV4, ImageModelV4CallOptions, ImageModelV4ProviderMetadata } from '@ai-sdk/provider-v4';
import type { ImageEndpoint } from '../core/image/image-model-family';
import type { ImageModelCore } from '../core/image/image-model-core';
import { toV4Warnings } from './map-to-v4';

type ImageModelV4Result = Awaited<ReturnType<ImageModelV4['doGenerate']>>;

/** ImageModelV4 (AI SDK 7) over the OpenRouter image core; `files` are images to edit. */
export class OpenClawRouterImageModel implements ImageModelV4 {
  readonly specificationVersion = 'v4';
  readonly provider = 'openrouter.image';
  readonly modelId: string;
  readonly endpoint: ImageEndpoint;
  readonly maxImagesPerCall: number;
  /** Input images are sent for editing; OpenRouter's image APIs take no mask (a mask is a warning). */
  readonly supportsFileInputs = true;
  readonly supportsMaskInputs = false;

  constructor(private readonly core: ImageModelCore) {
    this.modelId = core.modelId;
    this.endpoint = core.endpoint;
    this.maxImagesPerCall = core.maxImagesPerCall;
  }

  async doGenerate(options: ImageModelV4CallOptions): Promise<ImageModelV4Result> {
    const result = await this.core.generate(options);
    return {
      images: result.images,
      warnings: toV4Warnings(result.warnings),
      providerMetadata: result.providerMetadata as ImageModelV4ProviderMetadata,
      usage: result.usage,
      response: result.response,
    };
  }
}
