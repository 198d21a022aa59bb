import { checkDataUrlBase64 } from './base64';
import { isErrorEnvelope } from './error-envelope';
import { at, isRecord, type JsonRecord, optionalRecordField, isUnixSeconds, record, WireShapeError } from './narrow';
import type { OpenRouterAnnotation, OpenRouterUsage, ReasoningDetail } from './openrouter-wire-types';

// POST /chat/completions replies (openapi.yaml: ChatResult, ChatStreamChunk and their parts).
// Fields the provider does not read are typed `unknown`: they pass as sent. Lists whose entries
// the provider reads may hold nulls (OpenRouter sends them), which readers skip.

/** `message.images[]` / `delta.images[]`: an image the model made, as a data URL (or a link). */
export interface ChatAssistantImage {
  type?: unknown;
  image_url?: { url?: string | null; [key: string]: unknown } | null;
  [key: string]: unknown;
}

/** `message.tool_calls[]`. */
export interface ChatToolCall {
  id?: string | null;
  type?: unknown;
  /** `arguments` is JSON text; some upstreams send the object itself, which is serialised. */
  function?: { name?: string | null; arguments?: unknown; [key: string]: unknown } | null;
  [key: string]: unknown;
}

/** `choices[].message` of a reply. */
export interface ChatAssistantMessage {
  role?: unknown;
  /** Text, or a list of content parts whose text parts are read. */
  content?: string | readonly unknown[] | null;
  reasoning?: string | null;
  reasoning_details?: ReadonlyArray<ReasoningDetail | null> | null;
  tool_calls?: ReadonlyArray<ChatToolCall | null> | null;
  images?: ReadonlyArray<ChatAssistantImage | null> | null;
  annotations?: ReadonlyArray<OpenRouterAnnotation | null> | null;
  audio?: unknown;
  model?: unknown;
  name?: unknown;
  refusal?: unknown;
  [key: string]: unknown;
}

/** `choices[]` of a reply. */
export interface ChatChoice {
  finish_reason?: string | null;
  native_finish_reason?: string | null;
  index?: unknown;
  logprobs?: unknown;
  message?: ChatAssistantMessage | null;
  [key: string]: unknown;
}

/** The fields a reply and a stream chunk share at their top level. */
interface ChatReplyHead {
  id?: string | null;
  model?: string | null;
  /** Unix seconds; always a valid date once narrowed. */
  created?: number | null;
  /** The upstream that served (not in the OpenAPI file; SOURCE.md). */
  provider?: string | null;
  usage?: OpenRouterUsage | null;
  /** How OpenRouter routed the request, when asked (redacted before it reaches metadata). */
  openrouter_metadata?: unknown;
  object?: unknown;
  service_tier?: unknown;
  system_fingerprint?: unknown;
  [key: string]: unknown;
}

/** A 200 reply of POST /chat/completions. Only the first choice is read (and checked). */
export interface ChatResult extends ChatReplyHead {
  choices: readonly [first?: ChatChoice, ...rest: unknown[]];
}

/** `choices[].delta` of a stream chunk. */
export interface ChatStreamDelta {
  role?: unknown;
  content?: string | null;
  reasoning?: string | null;
  reasoning_details?: ReadonlyArray<ReasoningDetail | null> | null;
  tool_calls?: ReadonlyArray<ChatStreamToolCall | null> | null;
  images?: ReadonlyArray<ChatAssistantImage | null> | null;
  annotations?: ReadonlyArray<OpenRouterAnnotation | null> | null;
  audio?: unknown;
  refusal?: unknown;
  [key: string]: unknown;
}

/** `delta.tool_calls[]`: a piece of a call; `index` ties the pieces of one call together. */
export interface ChatStreamToolCall {
  index?: number | null;
  id?: string | null;
  type?: unknown;
  function?: { name?: string | null; arguments?: unknown; [key: string]: unknown } | null;
  [key: string]: unknown;
}

/** `choices[]` of a stream chunk. */
export interface ChatStreamChoice {
  delta?: ChatStreamDelta | null;
  finish_reason?: string | null;
  native_finish_reason?: string | null;
  index?: unknown;
  logprobs?: unknown;
  [key: string]: unknown;
}

/** One SSE `data:` chunk of a streamed reply; a mid-stream failure carries `error` too. */
export interface ChatStreamChunk extends ChatReplyHead {
  choices?: readonly [first?: ChatStreamChoice, ...rest: unknown[]] | null;
  error?: unknown;
}

/** Narrows a parsed POST /chat/completions reply; `choices` must be a list. */
export function narrowChatResult(value: unknown): ChatResult {
  const reply = record(value, '');
  checkHead(reply);
  const choices = reply.choices;
  if (!Array.isArray(choices)) throw new WireShapeError('choices', 'an array', choices);
  if (choices.length > 0) {
    const choice = record(choices[0], 'choices[0]');
    checkFinish(choice);
    const message = choice.message;
    if (message != null) checkMessage(record(message, MESSAGE));
  }
  return reply as ChatResult;
}

/**
 * Narrows one parsed stream chunk. Runs once per SSE event: it checks only what the stream state
 * reads, by direct property reads (a helper taking the field name would make every read a slow
 * keyed lookup), walks no object's keys, and allocates nothing unless a check fails.
 */
export function narrowChatChunk(value: unknown): ChatStreamChunk {
  const chunk = record(value, '');
  checkHead(chunk);
  const choices = chunk.choices;
  if (choices == null) return chunk as ChatStreamChunk;
  if (!Array.isArray(choices)) throw new WireShapeError('choices', 'an array or null', choices);
  if (choices.length > 0) {
    // An error chunk's choice is read for its finish reason only.
    const choice = record(choices[0], 'choices[0]');
    checkFinish(choice);
    const delta = choice.delta;
    if (delta != null && !isErrorEnvelope(chunk)) checkDelta(record(delta, DELTA));
  }
  return chunk as ChatStreamChunk;
}

function checkHead(head: JsonRecord): void {
  if (head.id != null && typeof head.id !== 'string') throw new WireShapeError('id', 'a string or null', head.id);
  if (head.model != null && typeof head.model !== 'string') throw new WireShapeError('model', 'a string or null', head.model);
  if (head.provider != null && typeof head.provider !== 'string') throw new WireShapeError('provider', 'a string or null', head.provider);
  if (head.created != null && !isUnixSeconds(head.created)) throw new WireShapeError('created', 'Unix seconds of a valid date', head.created);
  const usage = head.usage;
  if (usage != null) {
    if (!isRecord(usage)) throw new WireShapeError('usage', 'an object or null', usage);
    checkUsage(usage);
  }
}

/** Counts stay liberal (a count that is no number is left out); the nested objects are read as objects. */
function checkUsage(usage: JsonRecord): void {
  optionalRecordField(usage, 'prompt_tokens_details', 'usage');
  optionalRecordField(usage, 'completion_tokens_details', 'usage');
  optionalRecordField(usage, 'cost_details', 'usage');
}

function checkFinish(choice: JsonRecord): void {
  const finish = choice.finish_reason;
  if (finish != null && typeof finish !== 'string') throw new WireShapeError('choices[0].finish_reason', 'a string or null', finish);
  const native = choice.native_finish_reason;
  if (native != null && typeof native !== 'string') throw new WireShapeError('choices[0].native_finish_reason', 'a string or null', native);
}

const MESSAGE = 'choices[0].message';
const DELTA = 'choices[0].delta';

function checkMessage(message: JsonRecord): void {
  const content = message.content;
  if (content != null && typeof content !== 'string' && !Array.isArray(content)) {
    throw new WireShapeError(`${MESSAGE}.content`, 'a string, a list of parts or null', content);
  }
  if (message.reasoning != null && typeof message.reasoning !== 'string') throw new WireShapeError(`${MESSAGE}.reasoning`, 'a string or null', message.reasoning);
  checkParts(message.reasoning_details, message.tool_calls, message.images, message.annotations, MESSAGE);
}

function checkDelta(delta: JsonRecord): void {
  if (delta.content != null && typeof delta.content !== 'string') throw new WireShapeError(`${DELTA}.content`, 'a string or null', delta.content);
  if (delta.reasoning != null && typeof delta.reasoning !== 'string') throw new WireShapeError(`${DELTA}.reasoning`, 'a string or null', delta.reasoning);
  // Most deltas carry text only: the four lists are absent and cost one read each.
  if (delta.reasoning_details != null || delta.tool_calls != null || delta.images != null || delta.annotations != null) {
    checkParts(delta.reasoning_details, delta.tool_calls, delta.images, delta.annotations, DELTA);
  }
}

/** The lists a message and a delta share: reasoning details, tool calls, images, annotations. */
function checkParts(details: unknown, calls: unknown, images: unknown, annotations: unknown, path: string): void {
  if (details != null) {
    if (!Array.isArray(details)) throw new WireShapeError(`${path}.reasoning_details`, 'an array or null', details);
    for (let i = 0; i < details.length; i++) checkReasoningDetail(details[i], path, i);
  }
  if (calls != null) {
    if (!Array.isArray(calls)) throw new WireShapeError(`${path}.tool_calls`, 'an array or null', calls);
    for (let i = 0; i < calls.length; i++) checkToolCall(calls[i], path, i);
  }
  if (images != null) {
    if (!Array.isArray(images)) throw new WireShapeError(`${path}.images`, 'an array or null', images);
    for (let i = 0; i < images.length; i++) checkImage(images[i], path, i);
  }
  if (annotations != null) {
    if (!Array.isArray(annotations)) throw new WireShapeError(`${path}.annotations`, 'an array or null', annotations);
    for (let i = 0; i < annotations.length; i++) checkAnnotation(annotations[i], path, i);
  }
}

const entryPath = (path: string, list: string, index: number) => `${at(path, list)}[${index}]`;

const DETAIL_TEXT_FIELDS = ['text', 'summary', 'data', 'signature', 'id', 'format'] as const;

function checkReasoningDetail(detail: unknown, path: string, index: number): void {
  if (detail === null) return;
  if (!isRecord(detail)) throw new WireShapeError(entryPath(path, 'reasoning_details', index), 'an object or null', detail);
  if (typeof detail.type !== 'string') throw new WireShapeError(`${entryPath(path, 'reasoning_details', index)}.type`, 'a string', detail.type);
  const { text, summary, data, signature, id, format } = detail;
  if (
    (text != null && typeof text !== 'string') ||
    (summary != null && typeof summary !== 'string') ||
    (data != null && typeof data !== 'string') ||
    (signature != null && typeof signature !== 'string') ||
    (id != null && typeof id !== 'string') ||
    (format != null && typeof format !== 'string')
  ) {
    for (const field of DETAIL_TEXT_FIELDS) {
      const value = detail[field];
      if (value != null && typeof value !== 'string') throw new WireShapeError(`${entryPath(path, 'reasoning_details', index)}.${field}`, 'a string or null', value);
    }
  }
  if (detail.index != null && typeof detail.index !== 'number')
    throw new WireShapeError(`${entryPath(path, 'reasoning_details', index)}.index`, 'a number or null', detail.index);
}

function checkToolCall(call: unknown, path: string, index: number): void {
  if (call === null) return;
  if (!isRecord(call)) throw new WireShapeError(entryPath(path, 'tool_calls', index), 'an object or null', call);
  const callIndex = call.index;
  if (callIndex != null && !Number.isInteger(callIndex)) throw new WireShapeError(`${entryPath(path, 'tool_calls', index)}.index`, 'an integer or null', callIndex);
  if (call.id != null && typeof call.id !== 'string') throw new WireShapeError(`${entryPath(path, 'tool_calls', index)}.id`, 'a string or null', call.id);
  const fn = call.function;
  if (fn == null) return;
  if (!isRecord(fn)) throw new WireShapeError(`${entryPath(path, 'tool_calls', index)}.function`, 'an object or null', fn);
  if (fn.name != null && typeof fn.name !== 'string') throw new WireShapeError(`${entryPath(path, 'tool_calls', index)}.function.name`, 'a string or null', fn.name);
}

function checkImage(image: unknown, path: string, index: number): void {
  if (image === null) return;
  if (!isRecord(image)) throw new WireShapeError(entryPath(path, 'images', index), 'an object or null', image);
  const imageUrl = image.image_url;
  if (imageUrl == null) return;
  if (!isRecord(imageUrl)) throw new WireShapeError(`${entryPath(path, 'images', index)}.image_url`, 'an object or null', imageUrl);
  const url = imageUrl.url;
  if (url == null) return;
  if (typeof url !== 'string') throw new WireShapeError(`${entryPath(path, 'images', index)}.image_url.url`, 'a string or null', url);
  // A data URL whose base64 does not decode would fail later, in the caller's hands, as a DOMException.
  if (url.startsWith('data:')) checkDataUrlBase64(url, `${entryPath(path, 'images', index)}.image_url.url`);
}

function checkAnnotation(annotation: unknown, path: string, index: number): void {
  if (annotation === null) return;
  if (!isRecord(annotation)) throw new WireShapeError(entryPath(path, 'annotations', index), 'an object or null', annotation);
  if (typeof annotation.type !== 'string') throw new WireShapeError(`${entryPath(path, 'annotations', index)}.type`, 'a string', annotation.type);
  if (annotation.type !== 'url_citation') return;
  const citation = annotation.url_citation;
  if (!isRecord(citation)) throw new WireShapeError(`${entryPath(path, 'annotations', index)}.url_citation`, 'an object', citation);
  if (typeof citation.url !== 'string') throw new WireShapeError(`${entryPath(path, 'annotations', index)}.url_citation.url`, 'a string', citation.url);
  for (const field of ['title', 'content'] as const) {
    const text = citation[field];
    if (text != null && typeof text !== 'string') throw new WireShapeError(`${entryPath(path, 'annotations', index)}.url_citation.${field}`, 'a string or null', text);
  }
}
