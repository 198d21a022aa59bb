import type { OpenClawRouterConfig } from '../config';
import { openRouterFailedResponseHandler } from '../http/errors';
import { postJson } from '../http/post-json';
import { jsonReplyHandler, streamReplyHandler } from '../http/reply-handlers';
import { jsonPostHeaders } from '../http/request-headers';
import type { ChatCallOptions } from '../model-io/call-types';
import type { ChatGenerateResult, ChatStreamPart } from '../model-io/result-types';
import { readResponseCache } from '../platform/response-cache';
import { buildChatRequest } from './build-chat-request';
import { toWireFields, type OpenRouterOptions } from './chat-options';
import { parseChatResponse } from './parse-chat-response';
import { ChatStreamState } from './stream/chat-stream-state';
import { createChatPartStream } from './stream/sse-part-stream';
import { requestedAudioFormat } from './reply-audio';

const HTTP_URL = /^https?:\/\/.*$/;

/**
 * One OpenRouter chat model, for every spec: builds the request, posts it, and parses the reply or
 * stream. The spec classes wrap it and map the few result shapes that differ.
 */
export class ChatModelCore {
  // OpenRouter fetches these itself, so the AI SDK need not download them first.
  readonly supportedUrls = {
    'image/*': [HTTP_URL],
    'application/pdf': [HTTP_URL],
    'video/*': [HTTP_URL],
  };

  private readonly url: string;
  // Provider and model settings cannot change after creation: their body fields are mapped once.
  private readonly providerWireFields: Record<string, unknown>;
  private readonly modelWireFields: Record<string, unknown>;

  constructor(
    readonly modelId: string,
    private readonly settings: OpenRouterOptions,
    private readonly config: OpenClawRouterConfig,
  ) {
    this.url = `${config.baseURL}/chat/completions`;
    this.providerWireFields = toWireFields(config.providerOptions);
    this.modelWireFields = toWireFields(settings);
  }

  private prepare(options: ChatCallOptions, stream: boolean) {
    return buildChatRequest({
      modelId: this.modelId,
      call: options,
      modelSettings: this.settings,
      wireFields: { provider: this.providerWireFields, model: this.modelWireFields },
      providerExtraBody: this.config.extraBody,
      policy: {
        isVerifiedRoute: this.config.isVerifiedRoute,
        providerOptions: this.config.providerOptions,
        providerExtraBody: this.config.extraBody,
      },
      stream,
    });
  }

  /** Provider headers, then the platform headers the settings ask for, then the call's own. */
  private headers(platform: Record<string, string>, callHeaders: ChatCallOptions['headers']) {
    return jsonPostHeaders(this.config.headers(), platform, callHeaders);
  }

  async generate(options: ChatCallOptions): Promise<ChatGenerateResult> {
    const { body, headers, serverToolNames, warnings } = this.prepare(options, false);
    const { value, responseHeaders, rawValue } = await postJson({
      url: this.url,
      headers: this.headers(headers, options.headers),
      body,
      bodyText: JSON.stringify(body),
      failedResponseHandler: openRouterFailedResponseHandler,
      successfulResponseHandler: jsonReplyHandler,
      abortSignal: options.abortSignal,
      fetch: this.config.fetch,
    });
    const parsed = parseChatResponse(value, { serverToolNames, responseCache: readResponseCache(responseHeaders), audioFormat: requestedAudioFormat(body) });
    return {
      content: parsed.content,
      finishReason: parsed.finishReason,
      usage: parsed.usage,
      providerMetadata: parsed.providerMetadata,
      warnings: [...warnings, ...parsed.warnings],
      request: { body },
      response: { ...parsed.response, headers: responseHeaders, body: rawValue },
    };
  }

  /** `toSurfacePart` maps each part to the caller's spec as it is enqueued: no second pass. */
  async stream<Part>(options: ChatCallOptions, toSurfacePart: (part: ChatStreamPart) => Part) {
    const { body, headers, serverToolNames, warnings } = this.prepare(options, true);
    const { value: responseBody, responseHeaders } = await postJson({
      url: this.url,
      headers: this.headers(headers, options.headers),
      body,
      bodyText: JSON.stringify(body),
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
      serverToolNames,
      responseCache: readResponseCache(responseHeaders),
      audioFormat: requestedAudioFormat(body),
    });
    return {
      stream: createChatPartStream(responseBody, state, toSurfacePart),
      request: { body },
      response: { headers: responseHeaders },
    };
  }
}
