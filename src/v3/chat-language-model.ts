import type { LanguageModelV3, LanguageModelV3CallOptions, LanguageModelV3GenerateResult, LanguageModelV3StreamResult } from '@ai-sdk/provider-v3';
import type { ChatModelCore } from '../core/chat/chat-model-core';
import { toV3Content, toV3FinishReason, toV3StreamPart, toV3Usage, toV3Warnings } from './map-to-v3';

/** LanguageModelV3 (AI SDK 6) over the OpenRouter chat core. */
export class OpenClawRouterChatLanguageModel implements LanguageModelV3 {
  readonly specificationVersion = 'v3';
  readonly provider = 'openrouter.chat';
  readonly modelId: string;
  readonly supportedUrls: ChatModelCore['supportedUrls'];

  constructor(private readonly core: ChatModelCore) {
    this.modelId = core.modelId;
    this.supportedUrls = core.supportedUrls;
  }

  async doGenerate(options: LanguageModelV3CallOptions): Promise<LanguageModelV3GenerateResult> {
    const result = await this.core.generate(options);
    return {
      ...result,
      content: toV3Content(result.content),
      finishReason: toV3FinishReason(result.finishReason),
      usage: toV3Usage(result.usage),
      warnings: toV3Warnings(result.warnings),
    };
  }

  async doStream(options: LanguageModelV3CallOptions): Promise<LanguageModelV3StreamResult> {
    return this.core.stream(options, toV3StreamPart);
  }
}
