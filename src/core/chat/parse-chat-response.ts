import type { ChatContent, CoreWarning, FinishReason, ProviderMetadata, Usage } from '../model-io/result-types';
import { generateId } from '@ai-sdk/provider-utils';
import { mapFinishReason } from './map-finish-reason';
import { messageText } from '../wire/message-text';
import { sourceFromCitation } from './reply-content';
import { parseDataUrl } from '../media';
import type { ChatResult, ChatToolCall } from '../wire/chat-reply';
import type { OpenRouterAnnotation, OpenRouterUsage, ReasoningDetail } from '../wire/openrouter-wire-types';
import { buildProviderMetadata, openrouterMetadata, timestampFromSeconds } from './provider-metadata';
import { detailsForToolCall, visibleReasoningText } from './reasoning-text';
import { serverToolCallOf } from './server-tool-calls';
import type { ServerToolNames } from './server-tool-names';
import type { ResponseCacheMetadata } from '../platform/response-cache';
import { toUsage } from '../usage';
import { toolArgumentsText } from './tool-arguments';
import { audioFilePart, readReplyAudio } from './reply-audio';

export interface ParsedChatResponse {
  content: ChatContent[];
  finishReason: FinishReason;
  usage: Usage;
  providerMetadata: ProviderMetadata;
  warnings: CoreWarning[];
  response: { id?: string; modelId?: string; timestamp?: Date };
}

export interface ReplyContext {
  /** The names the call gave its server tools. */
  serverToolNames: ServerToolNames;
  /** `providerMetadata.openrouter.responseCache`, read from the reply headers. */
  responseCache?: ResponseCacheMetadata;
  /** The `audio.format` the request asked for (see reply-audio). */
  audioFormat?: string;
}

/** OpenRouter JSON reply -> AI SDK content, usage and metadata. */
export function parseChatResponse(reply: ChatResult, context: ReplyContext): ParsedChatResponse {
  const choice = reply.choices[0];
  const message = choice?.message ?? {};
  const content: ChatContent[] = [];
  const warnings: CoreWarning[] = [];

  const details: ReasoningDetail[] = objectsIn(message.reasoning_details);
  const reasoningText = details.length > 0 ? visibleReasoningText(details) : (message.reasoning ?? '');
  if (details.length > 0 || reasoningText !== '') {
    content.push({
      type: 'reasoning',
      text: reasoningText,
      ...(details.length > 0 ? { providerMetadata: openrouterMetadata({ reasoning_details: details }) } : {}),
    });
  }

  // Server tools ran before the answer was written: their calls come first.
  const usedIds = new Set<string>();
  if (!context.serverToolNames.isEmpty) {
    for (const detail of details) {
      const serverCall = serverToolCallOf(detail, context.serverToolNames, usedIds);
      if (!serverCall) continue;
      content.push(serverCall.call);
      if (serverCall.result) content.push(serverCall.result);
    }
  }

  const annotations: OpenRouterAnnotation[] = objectsIn(message.annotations);
  const fileAnnotations = annotations.filter((a) => a.type === 'file');
  const audio = readReplyAudio(message.audio);
  // A spoken reply's words are its transcript; a message that also has text keeps its own.
  const text = messageText(message.content) || (audio?.transcript ?? '');
  if (text !== '') {
    content.push({
      type: 'text',
      text,
      ...(fileAnnotations.length > 0 ? { providerMetadata: openrouterMetadata({ annotations: fileAnnotations }) } : {}),
    });
  }

  const toolCalls: ChatToolCall[] = objectsIn(message.tool_calls);
  for (const call of toolCalls) {
    const id = call.id != null && call.id !== '' && !usedIds.has(call.id) ? call.id : generateId();
    usedIds.add(id);
    const args = call.function?.arguments;
    const tied = detailsForToolCall(details, id);
    content.push({
      type: 'tool-call',
      toolCallId: id,
      toolName: call.function?.name ?? '',
      input: toolArgumentsText(args) || '{}',
      ...(tied ? { providerMetadata: openrouterMetadata({ reasoning_details: tied }) } : {}),
    });
  }

  const spoken = audio?.data !== undefined ? audioFilePart(audio.data, context.audioFormat) : undefined;
  if (spoken) content.push(spoken);

  for (const image of message.images ?? []) {
    const url = image?.image_url?.url;
    const data = url != null ? parseDataUrl(url) : undefined;
    if (data) content.push({ type: 'file', mediaType: data.mediaType, data: data.base64 });
    else {
      const what = url != null ? `as a link was not downloaded: ${url.slice(0, 100)}` : 'without a URL was skipped';
      warnings.push({ type: 'other', message: `An image the model returned ${what}` });
    }
  }

  // One source per URL, as in the stream: a page cited twice is still one source (and one id).
  const citedUrls = new Set<string>();
  for (const annotation of annotations) {
    const source = sourceFromCitation(annotation, citedUrls);
    if (source) content.push(source);
  }

  const usage: OpenRouterUsage | undefined = reply.usage ?? undefined;
  return {
    content,
    finishReason: mapFinishReason(choice?.finish_reason, toolCalls.length > 0),
    usage: toUsage(usage),
    providerMetadata: buildProviderMetadata({
      provider: reply.provider ?? undefined,
      model: reply.model ?? undefined,
      generationId: reply.id ?? undefined,
      nativeFinishReason: choice?.native_finish_reason ?? undefined,
      usage,
      reasoningDetails: details,
      fileAnnotations,
      routerMetadata: reply.openrouter_metadata,
      responseCache: context.responseCache,
    }),
    warnings,
    response: {
      id: reply.id ?? undefined,
      modelId: reply.model ?? undefined,
      timestamp: timestampFromSeconds(reply.created),
    },
  };
}

/** The entries of a narrowed wire list without its nulls (OpenRouter sends some; they are skipped). */
function objectsIn<T>(list: ReadonlyArray<T | null> | null | undefined): T[] {
  return list == null ? [] : list.filter((item): item is T => item !== null);
}
