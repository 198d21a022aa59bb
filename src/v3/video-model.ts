import type { Experimental_VideoModelV3, Experimental_VideoModelV3CallOptions } from '@ai-sdk/provider-v3';
import type { VideoModelCore } from '../core/video/video-model-core';
import { toV3Warnings } from './map-to-v3';

/**
 * The V3 spec's experimental video model (AI SDK 6's experimental_generateVideo) over the
 * OpenRouter video core: submits the job and polls it (`providerOptions.openrouter.pollIntervalMs`,
 * `pollTimeoutMs`), then returns the video bytes.
 */
export class OpenClawRouterVideoModel implements Experimental_VideoModelV3 {
  readonly specificationVersion = 'v3';
  readonly provider = 'openrouter.video';
  readonly modelId: string;
  readonly maxVideosPerCall: number;

  constructor(private readonly core: VideoModelCore) {
    this.modelId = core.modelId;
    this.maxVideosPerCall = core.maxVideosPerCall;
  }

  async doGenerate(options: Experimental_VideoModelV3CallOptions) {
    const result = await this.core.generate(options);
    return {
      ...result,
      videos: result.videos.map((video) => ({ type: 'binary' as const, data: video.data, mediaType: video.mediaType })),
      warnings: toV3Warnings(result.warnings),
    };
  }
}
