import type { LanguageModelV3Content, LanguageModelV3FinishReason, LanguageModelV3StreamPart, LanguageModelV3Usage, SharedV3Warning } from '@ai-sdk/provider-v3';
import type { ChatContent, ChatStreamPart, CoreWarning, FinishReason, Usage } from '../core/model-io/result-types';

export function toV3Usage(usage: Usage): LanguageModelV3Usage {
  return { inputTokens: usage.inputTokens, outputTokens: usage.outputTokens, ...(usage.raw ? { raw: usage.raw } : {}) };
}

/** V3 has no `unknown`: a reply without a reason is `other`, with the raw word kept. */
export function toV3FinishReason(reason: FinishReason): LanguageModelV3FinishReason {
  return { unified: reason.unified === 'unknown' ? 'other' : reason.unified, raw: reason.raw };
}

export function toV3Warnings(warnings: CoreWarning[]): SharedV3Warning[] {
  return warnings.map((warning): SharedV3Warning => {
    switch (warning.type) {
      case 'unsupported-setting':
        return { type: 'unsupported', feature: warning.setting, ...(warning.details ? { details: warning.details } : {}) };
      case 'unsupported-tool':
        return { type: 'unsupported', feature: `tool "${warning.tool.name}"`, ...(warning.details ? { details: warning.details } : {}) };
      default:
        return warning;
    }
  });
}

export function toV3Content(content: ChatContent[]): LanguageModelV3Content[] {
  return content;
}

/** Only stream-start and finish differ from the core's parts. */
export function toV3StreamPart(part: ChatStreamPart): LanguageModelV3StreamPart {
  switch (part.type) {
    case 'stream-start':
      return { type: 'stream-start', warnings: toV3Warnings(part.warnings) };
    case 'finish':
      return {
        type: 'finish',
        finishReason: toV3FinishReason(part.finishReason),
        usage: toV3Usage(part.usage),
        ...(part.providerMetadata ? { providerMetadata: part.providerMetadata } : {}),
      };
    default:
      return part;
  }
}
