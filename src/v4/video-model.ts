import type {
  Experimental_VideoModelV4,
  Experimental_VideoModelV4CallOptions,
  Experimental_VideoModelV4OperationStartResult,
  Experimental_VideoModelV4OperationStatusResult,
  Experimental_VideoModelV4OperationWebhook,
  Experimental_VideoModelV4Result,
  JSONValue,
} from '@ai-sdk/provider-v4';
import type { GeneratedVideo, VideoModelCore } from '../core/video/video-model-core';
import { toV4Warnings } from './map-to-v4';

/**
 * VideoModelV4 (AI SDK 7's experimental_generateVideo) over the OpenRouter video core. Without the
 * AI SDK's `poll` option, doGenerate submits and polls the job itself
 * (`providerOptions.openrouter.pollIntervalMs`, `pollTimeoutMs`); with it, the AI SDK polls
 * through doStart and doStatus at its own interval and timeout. With the AI SDK's `webhook` option,
 * OpenRouter notifies the webhook URL (sent as `callback_url`) instead, and the SDK waits for that
 * notification before doStatus reads the job and downloads the video.
 */
export class OpenClawRouterVideoModel implements Experimental_VideoModelV4 {
  readonly specificationVersion = 'v4';
  readonly provider = 'openrouter.video';
  readonly modelId: string;
  readonly maxVideosPerCall: number;

  constructor(private readonly core: VideoModelCore) {
    this.modelId = core.modelId;
    this.maxVideosPerCall = core.maxVideosPerCall;
  }

  async doGenerate(options: Experimental_VideoModelV4CallOptions): Promise<Experimental_VideoModelV4Result> {
    const result = await this.core.generate(options);
    return { ...result, videos: result.videos.map(toBinary), warnings: toV4Warnings(result.warnings) };
  }

  /** OpenRouter notifies a job's `callback_url`: the SDK waits for that instead of polling. */
  handleWebhookOption(options: {
    webhook: () => PromiseLike<{ url: string; received: PromiseLike<Experimental_VideoModelV4OperationWebhook> }>;
  }): Promise<{ webhookUrl: string; received: PromiseLike<Experimental_VideoModelV4OperationWebhook> }> {
    return this.core.handleWebhook(options.webhook);
  }

  async doStart(options: Experimental_VideoModelV4CallOptions & { webhookUrl?: string }): Promise<Experimental_VideoModelV4OperationStartResult> {
    const result = await this.core.start(options);
    return { ...result, warnings: toV4Warnings(result.warnings) };
  }

  /** A failed job throws an APICallError with OpenRouter's reason rather than answering `status: 'error'`. */
  async doStatus(options: {
    operation: JSONValue;
    abortSignal?: AbortSignal;
    headers?: Record<string, string | undefined>;
  }): Promise<Experimental_VideoModelV4OperationStatusResult> {
    const result = await this.core.status(options);
    if (result.status === 'pending') return result;
    return { ...result, videos: result.videos.map(toBinary), warnings: toV4Warnings(result.warnings) };
  }
}

function toBinary(video: GeneratedVideo) {
  return { type: 'binary' as const, data: video.data, mediaType: video.mediaType };
}
