import type { ImageModelV2 } from '@ai-sdk/provider';
import { postJsonToApi } from '@ai-sdk/provider-utils';
import { jsonReplyHandler } from '../core/http/reply-handlers';
import type { OpenClawRouterConfig } from '../core/config';
import { openRouterFailedResponseHandler } from '../core/http/errors';
import { withCallHeaders } from '../core/http/request-headers';
import { buildChatImageRequest, type ImageCallOptions } from '../core/image/build-image-request';
import { dataReplyHandler } from '../core/http/data-reply-handler';
import { buildImagesEndpointRequest, parseImagesEndpointReply } from '../core/image/images-endpoint';
import { normalizeModelId } from '../core/model-ref';
import {
  DEFAULT_IMAGE_MODEL_ID,
  defaultImageEndpoint,
  defaultMaxImagesPerCall,
  type ImageEndpoint,
  type OpenClawRouterImageModelId,
} from '../core/image/image-model-family';
import { parseImageCallOptions, parseImageModelSettings, type OpenClawRouterImageSettings } from '../core/image/image-options';
import { parseChatImageReply, type ImageUsage } from '../core/image/parse-image-reply';

type ImageModelV2Result = Awaited<ReturnType<ImageModelV2['doGenerate']>>;

/** The V2 result plus `usage`, which AI SDK 6 and 7 read from V2 models too. */
export type OpenClawRouterImageResult = ImageModelV2Result & { usage: ImageUsage };

/**
 * ImageModelV2 over OpenRouter: chat completions with image output for most models, POST /images
 * for the families served there (see image-model-family.ts) or when `endpoint` says so.
 * Orchestrates; the translation lives in the imported steps.
 */
export class OpenClawRouterImageModel implements ImageModelV2 {
  readonly specificationVersion = 'v2';
  readonly provider = 'openrouter.image';
  readonly endpoint: ImageEndpoint;
  readonly maxImagesPerCall: number;

  constructor(
    readonly modelId: string,
    private readonly settings: OpenClawRouterImageSettings,
    private readonly config: OpenClawRouterConfig,
  ) {
    this.endpoint = settings.endpoint ?? defaultImageEndpoint(modelId);
    this.maxImagesPerCall = settings.maxImagesPerCall ?? defaultMaxImagesPerCall(modelId, this.endpoint);
  }

  async doGenerate(options: ImageCallOptions): Promise<OpenClawRouterImageResult> {
    const input = {
      modelId: this.modelId,
      call: options,
      settings: this.settings,
      callOptions: parseImageCallOptions(options.providerOptions?.openrouter),
      providerRouting: this.config.providerOptions,
      providerExtraBody: this.config.extraBody,
    };
    const chat = this.endpoint === 'chat';
    const { body, warnings } = chat ? buildChatImageRequest(input) : buildImagesEndpointRequest(input);
    const url = `${this.config.baseURL}${chat ? '/chat/completions' : '/images'}`;
    const { value, responseHeaders, rawValue } = await postJsonToApi({
      url,
      headers: withCallHeaders(this.config.headers(), options.headers),
      body,
      failedResponseHandler: openRouterFailedResponseHandler,
      successfulResponseHandler: chat ? jsonReplyHandler : dataReplyHandler,
      abortSignal: options.abortSignal,
      fetch: this.config.fetch,
    });
    const context = { modelId: this.modelId, url, requestBodyValues: body, responseHeaders, rawValue };
    const parsed = chat ? parseChatImageReply(value, context) : parseImagesEndpointReply(value, context);
    return {
      images: parsed.images,
      warnings: [...warnings, ...parsed.warnings],
      providerMetadata: parsed.providerMetadata,
      usage: parsed.usage,
      response: { ...parsed.response, headers: responseHeaders },
    };
  }
}

/** `router.imageModel(id?, settings?)`: an OpenClaw ref or OpenRouter id; default google/gemini-3.1-flash-image-preview. */
export function createImageModelFactory(config: OpenClawRouterConfig) {
  return (modelId?: OpenClawRouterImageModelId, settings?: OpenClawRouterImageSettings): OpenClawRouterImageModel =>
    new OpenClawRouterImageModel(
      (modelId ?? '').trim() === '' ? DEFAULT_IMAGE_MODEL_ID : normalizeModelId(modelId),
      parseImageModelSettings(settings),
      config,
    );
}
