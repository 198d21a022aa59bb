import type { LanguageModelV4, LanguageModelV4CallOptions, LanguageModelV4GenerateResult, LanguageModelV4StreamResult } from '@ai-sdk/provider-v4';
import type { ChatModelCore } from '../core/chat/chat-model-core';
import { toV4Content, toV4FinishReason, toV4StreamPart, toV4Usage, toV4Warnings } from './map-to-v4';

/** LanguageModelV4 (AI SDK 7) over the OpenRouter chat core. */
export class OpenClawRouterChatLanguageModel implements LanguageModelV4 {
  readonly specificationVersion = 'v4';
  readonly provider = 'openrouter.chat';
  readonly modelId: string;
  readonly supportedUrls: ChatModelCore['supportedUrls'];

  constructor(private readonly core: ChatModelCore) {
    this.modelId = core.modelId;
    this.supportedUrls = core.supportedUrls;
  }

  async doGenerate(options: LanguageModelV4CallOptions): Promise<LanguageModelV4GenerateResult> {
    const result = await this.core.generate(options);
    return {
      ...result,
      content: toV4Content(result.content),
      finishReason: toV4FinishReason(result.finishReason),
      usage: toV4Usage(result.usage),
      warnings: toV4Warnings(result.warnings),
    };
  }

  async doStream(options: LanguageModelV4CallOptions): Promise<LanguageModelV4StreamResult> {
    return this.core.stream(options, toV4StreamPart);
  }
}
