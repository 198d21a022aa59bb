import { postJsonToApi, type ResponseHandler } from '@ai-sdk/provider-utils';
import type { OpenClawRouterConfig } from '../config';
import { openRouterFailedResponseHandler } from '../http/errors';
import { jsonReply } from '../http/json-reply';
import { jsonReplyHandler } from '../http/reply-handlers';
import { narrowImageGenerationResponse } from '../wire/images';
import { withCallHeaders } from '../http/request-headers';
import { normalizeModelId } from '../model-ref';
import { buildChatImageRequest, type ImageCallOptions } from './build-image-request';
import { DEFAULT_IMAGE_MODEL_ID, defaultImageEndpoint, defaultMaxImagesPerCall, type ImageEndpoint, type OpenClawRouterImageModelId } from './image-model-family';
import { parseImageCallOptions, parseImageModelSettings, type OpenClawRouterImageSettings } from './image-options';
import { buildImagesEndpointRequest, parseImagesEndpointReply } from './images-endpoint';
import { parseChatImageReply, type ParsedImageReply } from './parse-image-reply';

const imagesReplyHandler = jsonReply(narrowImageGenerationResponse);

export type ImageGenerateResult = ParsedImageReply & { response: { headers: Record<string, string> | undefined } };

/**
 * Image generation over OpenRouter, for every spec: chat completions with image output for most
 * models, POST /images for the families served there (see image-model-family.ts) or when
 * `endpoint` says so.
 */
export class ImageModelCore {
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

  async generate(options: ImageCallOptions): Promise<ImageGenerateResult> {
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
    const post = <T>(successfulResponseHandler: ResponseHandler<T>) =>
      postJsonToApi({
        url,
        headers: withCallHeaders(this.config.headers(), options.headers),
        body,
        failedResponseHandler: openRouterFailedResponseHandler,
        successfulResponseHandler,
        abortSignal: options.abortSignal,
        fetch: this.config.fetch,
      });
    let parsed: ParsedImageReply;
    let responseHeaders: Record<string, string> | undefined;
    if (chat) {
      const reply = await post(jsonReplyHandler);
      responseHeaders = reply.responseHeaders;
      parsed = parseChatImageReply(reply.value, { modelId: this.modelId, url, requestBodyValues: body, responseHeaders, rawValue: reply.rawValue });
    } else {
      const reply = await post(imagesReplyHandler);
      responseHeaders = reply.responseHeaders;
      parsed = parseImagesEndpointReply(reply.value, { modelId: this.modelId, url, requestBodyValues: body, responseHeaders, rawValue: reply.rawValue });
    }
    return {
      ...parsed,
      warnings: [...warnings, ...parsed.warnings],
      response: { ...parsed.response, headers: responseHeaders },
    };
  }
}

/** `router.imageModel(id?, settings?)`: an OpenClaw ref or OpenRouter id; default google/gemini-3.1-flash-image-preview. */
export function createImageModelCore(config: OpenClawRouterConfig, modelId?: OpenClawRouterImageModelId, settings?: OpenClawRouterImageSettings): ImageModelCore {
  return new ImageModelCore((modelId ?? '').trim() === '' ? DEFAULT_IMAGE_MODEL_ID : normalizeModelId(modelId), parseImageModelSettings(settings), config);
}
