import type {
  LanguageModelV4Content,
  LanguageModelV4File,
  LanguageModelV4FinishReason,
  LanguageModelV4StreamPart,
  LanguageModelV4Usage,
  SharedV4Warning,
} from '@ai-sdk/provider-v4';
import type { ChatContent, ChatStreamPart, CoreWarning, FileContent, FinishReason, Usage } from '../core/model-io/result-types';

export function toV4Usage(usage: Usage): LanguageModelV4Usage {
  return { inputTokens: usage.inputTokens, outputTokens: usage.outputTokens, ...(usage.raw ? { raw: usage.raw } : {}) };
}

/** V4 has no `unknown`: a reply without a reason is `other`, with the raw word kept. */
export function toV4FinishReason(reason: FinishReason): LanguageModelV4FinishReason {
  return { unified: reason.unified === 'unknown' ? 'other' : reason.unified, raw: reason.raw };
}

export function toV4Warnings(warnings: CoreWarning[]): SharedV4Warning[] {
  return warnings.map((warning): SharedV4Warning => {
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

/** V4 tags file data: OpenRouter sends base64. */
function toV4File(file: FileContent): LanguageModelV4File {
  return { type: 'file', mediaType: file.mediaType, data: { type: 'data', data: file.data } };
}

export function toV4Content(content: ChatContent[]): LanguageModelV4Content[] {
  return content.map((part) => (part.type === 'file' ? toV4File(part) : part));
}

/** Only stream-start, finish and file parts differ from the core's parts. */
export function toV4StreamPart(part: ChatStreamPart): LanguageModelV4StreamPart {
  switch (part.type) {
    case 'stream-start':
      return { type: 'stream-start', warnings: toV4Warnings(part.warnings) };
    case 'finish':
      return {
        type: 'finish',
        finishReason: toV4FinishReason(part.finishReason),
        usage: toV4Usage(part.usage),
        ...(part.providerMetadata ? { providerMetadata: part.providerMetadata } : {}),
      };
    case 'file':
      return toV4File(part);
    default:
      return part;
  }
}
