import type { LanguageModelV2, LanguageModelV2CallOptions } from '@ai-sdk/provider';
import type { ChatModelCore } from '../core/chat/chat-model-core';
import { toV2Content, toV2FinishReason, toV2StreamPart, toV2Usage, toV2Warnings } from './map-to-v2';

type GenerateResult = Awaited<ReturnType<LanguageModelV2['doGenerate']>>;
type StreamResult = Awaited<ReturnType<LanguageModelV2['doStream']>>;

/** LanguageModelV2 (AI SDK 5) over the OpenRouter chat core. */
export class OpenClawRouterChatLanguageModel implements LanguageModelV2 {
  readonly specificationVersion = 'v2';
  readonly provider = 'openrouter.chat';

  readonly modelId: string;
  readonly supportedUrls: ChatModelCore['supportedUrls'];

  constructor(private readonly core: ChatModelCore) {
    this.modelId = core.modelId;
    this.supportedUrls = core.supportedUrls;
  }

  async doGenerate(options: LanguageModelV2CallOptions): Promise<GenerateResult> {
    const result = await this.core.generate(options);
    return {
      ...result,
      content: toV2Content(result.content),
      finishReason: toV2FinishReason(result.finishReason),
      usage: toV2Usage(result.usage),
      warnings: toV2Warnings(result.warnings),
    };
  }

  async doStream(options: LanguageModelV2CallOptions): Promise<StreamResult> {
    return this.core.stream(options, toV2StreamPart);
  }
}
