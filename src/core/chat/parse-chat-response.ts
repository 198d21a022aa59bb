import type { ChatContent, CoreWarning, FinishReason, ProviderMetadata, Usage } from '../model-io/result-types';
import { generateId } from '@ai-sdk/provider-utils';
import { mapFinishReason } from './map-finish-reason';
import { messageText } from '../wire/message-text';
import { sourceFromCitation } from './reply-content';
import { parseDataUrl } from '../media';
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

type Json = Record<string, any>;

export interface ReplyContext {
  /** The names the call gave its server tools. */
  serverToolNames: ServerToolNames;
  /** `providerMetadata.openrouter.responseCache`, read from the reply headers. */
  responseCache?: ResponseCacheMetadata;
  /** The `audio.format` the request asked for (see reply-audio). */
  audioFormat?: string;
}

/** OpenRouter JSON reply -> AI SDK content, usage and metadata. */
export function parseChatResponse(reply: Json, context: ReplyContext): ParsedChatResponse {
  const choice: Json | undefined = Array.isArray(reply.choices) ? reply.choices[0] : undefined;
  const message: Json = choice?.message ?? {};
  const content: ChatContent[] = [];
  const warnings: CoreWarning[] = [];

  const details: ReasoningDetail[] = objectsIn(message.reasoning_details);
  const reasoningText = details.length > 0 ? visibleReasoningText(details) : typeof message.reasoning === 'string' ? message.reasoning : '';
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

  const toolCalls: Json[] = objectsIn(message.tool_calls);
  for (const call of toolCalls) {
    const id = typeof call.id === 'string' && call.id !== '' && !usedIds.has(call.id) ? call.id : generateId();
    usedIds.add(id);
    const args = call.function?.arguments;
    const tied = detailsForToolCall(details, id);
    content.push({
      type: 'tool-call',
      toolCallId: id,
      toolName: typeof call.function?.name === 'string' ? call.function.name : '',
      input: toolArgumentsText(args) || '{}',
      ...(tied ? { providerMetadata: openrouterMetadata({ reasoning_details: tied }) } : {}),
    });
  }

  const spoken = audio?.data !== undefined ? audioFilePart(audio.data, context.audioFormat) : undefined;
  if (spoken) content.push(spoken);

  const images: Json[] = Array.isArray(message.images) ? message.images : [];
  for (const image of images) {
    const url = image?.image_url?.url;
    const data = typeof url === 'string' ? parseDataUrl(url) : undefined;
    if (data) content.push({ type: 'file', mediaType: data.mediaType, data: data.base64 });
    else {
      const what = typeof url === 'string' ? `as a link was not downloaded: ${url.slice(0, 100)}` : 'without a URL was skipped';
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
      provider: typeof reply.provider === 'string' ? reply.provider : undefined,
      model: typeof reply.model === 'string' ? reply.model : undefined,
      generationId: typeof reply.id === 'string' ? reply.id : undefined,
      nativeFinishReason: typeof choice?.native_finish_reason === 'string' ? choice.native_finish_reason : undefined,
      usage,
      reasoningDetails: details,
      fileAnnotations,
      routerMetadata: reply.openrouter_metadata,
      responseCache: context.responseCache,
    }),
    warnings,
    response: {
      id: typeof reply.id === 'string' ? reply.id : undefined,
      modelId: typeof reply.model === 'string' ? reply.model : undefined,
      timestamp: timestampFromSeconds(reply.created),
    },
  };
}

/** The entries of a wire array that are objects: a null or a string in a list is skipped, not a crash. */
function objectsIn<T>(value: unknown): T[] {
  return Array.isArray(value) ? value.filter((item): item is T => typeof item === 'object' && item !== null && !Array.isArray(item)) : [];
}
