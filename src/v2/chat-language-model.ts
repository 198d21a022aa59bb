import type {
  LanguageModelV2,
  LanguageModelV2CallOptions,
  LanguageModelV2CallWarning,
  LanguageModelV2StreamPart,
} from '@ai-sdk/provider';
import { postJsonToApi } from '@ai-sdk/provider-utils';
import { openRouterFailedResponseHandler } from '../core/http/errors';
import { withCallHeaders } from '../core/http/request-headers';
import type { OpenRouterOptions } from '../core/chat/chat-options';
import { buildChatRequest } from '../core/chat/build-chat-request';
import { parseChatResponse } from '../core/chat/parse-chat-response';
import { jsonReplyHandler, streamReplyHandler } from '../core/http/reply-handlers';
import { ChatStreamState } from '../core/chat/stream/chat-stream-state';
import { createChatPartStream } from '../core/chat/stream/sse-part-stream';
import type { OpenClawRouterConfig } from '../core/config';

const HTTP_URL = /^https?:\/\/.*$/;

/** LanguageModelV2 over OpenRouter chat completions. Orchestrates; the translation lives in the imported steps. */
export class OpenClawRouterChatLanguageModel implements LanguageModelV2 {
  readonly specificationVersion = 'v2';
  readonly provider = 'openrouter.chat';
  // OpenRouter fetches these itself, so the AI SDK need not download them first.
  readonly supportedUrls = {
    'image/*': [HTTP_URL],
    'application/pdf': [HTTP_URL],
    'video/*': [HTTP_URL],
  };

  constructor(
    readonly modelId: string,
    private readonly settings: OpenRouterOptions,
    private readonly config: OpenClawRouterConfig,
  ) {}

  private prepare(options: LanguageModelV2CallOptions, stream: boolean) {
    return buildChatRequest({
      modelId: this.modelId,
      call: options,
      modelSettings: this.settings,
      providerExtraBody: this.config.extraBody,
      policy: {
        isVerifiedRoute: this.config.isVerifiedRoute,
        providerOptions: this.config.providerOptions,
        providerExtraBody: this.config.extraBody,
      },
      stream,
    });
  }

  private get url(): string {
    return `${this.config.baseURL}/chat/completions`;
  }

  async doGenerate(options: LanguageModelV2CallOptions): Promise<Awaited<ReturnType<LanguageModelV2['doGenerate']>>> {
    const { body, warnings } = this.prepare(options, false);
    const { value, responseHeaders, rawValue } = await postJsonToApi({
      url: this.url,
      headers: withCallHeaders(this.config.headers(), options.headers),
      body,
      failedResponseHandler: openRouterFailedResponseHandler,
      successfulResponseHandler: jsonReplyHandler,
      abortSignal: options.abortSignal,
      fetch: this.config.fetch,
    });
    const parsed = parseChatResponse(value);
    const allWarnings: LanguageModelV2CallWarning[] = [...warnings, ...parsed.warnings];
    return {
      content: parsed.content,
      finishReason: parsed.finishReason,
      usage: parsed.usage,
      providerMetadata: parsed.providerMetadata,
      warnings: allWarnings,
      request: { body },
      response: { ...parsed.response, headers: responseHeaders, body: rawValue },
    };
  }

  async doStream(options: LanguageModelV2CallOptions): Promise<Awaited<ReturnType<LanguageModelV2['doStream']>>> {
    const { body, warnings } = this.prepare(options, true);
    const { value: responseBody, responseHeaders } = await postJsonToApi({
      url: this.url,
      headers: withCallHeaders(this.config.headers(), options.headers),
      body,
      failedResponseHandler: openRouterFailedResponseHandler,
      successfulResponseHandler: streamReplyHandler,
      abortSignal: options.abortSignal,
      fetch: this.config.fetch,
    });
    const state = new ChatStreamState({
      url: this.url,
      requestBodyValues: body,
      responseHeaders: responseHeaders ?? {},
      warnings,
      includeRawChunks: options.includeRawChunks === true,
    });
    const stream: ReadableStream<LanguageModelV2StreamPart> = createChatPartStream(responseBody, state);
    return { stream, request: { body }, response: { headers: responseHeaders } };
  }
}
