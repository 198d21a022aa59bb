import type {
  ImageModelV2CallWarning,
  LanguageModelV2CallWarning,
  LanguageModelV2Content,
  LanguageModelV2FinishReason,
  LanguageModelV2StreamPart,
  LanguageModelV2Usage,
} from '@ai-sdk/provider';
import type { ChatContent, ChatStreamPart, CoreWarning, FinishReason, Usage } from '../core/model-io/result-types';

/** V2 usage is flat; cache writes and text tokens have no field there (they stay in providerMetadata). */
export function toV2Usage(usage: Usage): LanguageModelV2Usage {
  return {
    inputTokens: usage.inputTokens.total,
    outputTokens: usage.outputTokens.total,
    totalTokens: usage.totalTokens,
    reasoningTokens: usage.outputTokens.reasoning,
    cachedInputTokens: usage.inputTokens.cacheRead,
  };
}

export function toV2FinishReason(reason: FinishReason): LanguageModelV2FinishReason {
  return reason.unified;
}

/** The core's warning kinds are V2's own; the tool a warning names is the one the call passed. */
export function toV2Warnings(warnings: CoreWarning[]): LanguageModelV2CallWarning[] {
  return warnings as LanguageModelV2CallWarning[];
}

/** Image warnings are the same kinds; V2 types the setting more narrowly. */
export function toV2ImageWarnings(warnings: CoreWarning[]): ImageModelV2CallWarning[] {
  return warnings as ImageModelV2CallWarning[];
}

/** V2 marks results of tools the provider ran; the core's tool results are all such. */
export function toV2Content(content: ChatContent[]): LanguageModelV2Content[] {
  return content.map((part) => (part.type === 'tool-result' ? { ...part, providerExecuted: true } : part));
}

/** Only stream-start and finish differ from the core's parts. */
export function toV2StreamPart(part: ChatStreamPart): LanguageModelV2StreamPart {
  switch (part.type) {
    case 'stream-start':
      return { type: 'stream-start', warnings: toV2Warnings(part.warnings) };
    case 'finish':
      return {
        type: 'finish',
        finishReason: toV2FinishReason(part.finishReason),
        usage: toV2Usage(part.usage),
        ...(part.providerMetadata ? { providerMetadata: part.providerMetadata } : {}),
      };
    case 'tool-result':
      return { ...part, providerExecuted: true };
    default:
      return part;
  }
}

/** Speech and transcription warnings are the same kinds; V2 types each setting as a key of its call options. */
export function toV2CallWarnings<Warning>(warnings: CoreWarning[]): Warning[] {
  return warnings as Warning[];
}
