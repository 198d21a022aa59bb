import { checkDataUrlBase64 } from './base64';
import { isErrorEnvelope } from './error-envelope';
import {
  arrayField,
  at,
  isRecord,
  type JsonRecord,
  optionalArrayField,
  optionalRecordField,
  optionalStringField,
  optionalUnixSecondsField,
  record,
  WireShapeError,
} from './narrow';
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
  const choices = arrayField(reply, 'choices', '');
  if (choices.length > 0) {
    const choice = record(choices[0], 'choices[0]');
    checkFinish(choice, 'choices[0]');
    const message = optionalRecordField(choice, 'message', 'choices[0]');
    if (message !== undefined) checkMessage(message);
  }
  return reply as ChatResult;
}

/**
 * Narrows one parsed stream chunk. Runs once per SSE event: it checks only what the stream state
 * reads, walks no object's keys, and allocates nothing unless a check fails.
 */
export function narrowChatChunk(value: unknown): ChatStreamChunk {
  const chunk = record(value, '');
  checkHead(chunk);
  const choices = optionalArrayField(chunk, 'choices', '');
  if (choices !== undefined && choices.length > 0) {
    // An error chunk's choice is read for its finish reason only.
    const choice = record(choices[0], 'choices[0]');
    checkFinish(choice, 'choices[0]');
    const delta = optionalRecordField(choice, 'delta', 'choices[0]');
    if (delta !== undefined && !isErrorEnvelope(chunk)) checkDelta(delta);
  }
  return chunk as ChatStreamChunk;
}

function checkHead(head: JsonRecord): void {
  optionalStringField(head, 'id', '');
  optionalStringField(head, 'model', '');
  optionalStringField(head, 'provider', '');
  optionalUnixSecondsField(head, 'created', '');
  const usage = optionalRecordField(head, 'usage', '');
  if (usage !== undefined) checkUsage(usage);
}

/** Counts stay liberal (a count that is no number is left out); the nested objects are read as objects. */
function checkUsage(usage: JsonRecord): void {
  optionalRecordField(usage, 'prompt_tokens_details', 'usage');
  optionalRecordField(usage, 'completion_tokens_details', 'usage');
  optionalRecordField(usage, 'cost_details', 'usage');
}

function checkFinish(choice: JsonRecord, path: string): void {
  optionalStringField(choice, 'finish_reason', path);
  optionalStringField(choice, 'native_finish_reason', path);
}

const MESSAGE = 'choices[0].message';
const DELTA = 'choices[0].delta';

function checkMessage(message: JsonRecord): void {
  const content = message.content;
  if (content != null && typeof content !== 'string' && !Array.isArray(content)) {
    throw new WireShapeError(`${MESSAGE}.content`, 'a string, a list of parts or null', content);
  }
  optionalStringField(message, 'reasoning', MESSAGE);
  checkParts(message, MESSAGE);
}

function checkDelta(delta: JsonRecord): void {
  optionalStringField(delta, 'content', DELTA);
  optionalStringField(delta, 'reasoning', DELTA);
  checkParts(delta, DELTA);
}

/** The lists a message and a delta share: reasoning details, tool calls, images, annotations. */
function checkParts(owner: JsonRecord, path: string): void {
  const details = optionalArrayField(owner, 'reasoning_details', path);
  if (details !== undefined) for (let i = 0; i < details.length; i++) checkReasoningDetail(details[i], path, i);
  const calls = optionalArrayField(owner, 'tool_calls', path);
  if (calls !== undefined) for (let i = 0; i < calls.length; i++) checkToolCall(calls[i], path, i);
  const images = optionalArrayField(owner, 'images', path);
  if (images !== undefined) for (let i = 0; i < images.length; i++) checkImage(images[i], path, i);
  const annotations = optionalArrayField(owner, 'annotations', path);
  if (annotations !== undefined) for (let i = 0; i < annotations.length; i++) checkAnnotation(annotations[i], path, i);
}

const entryPath = (path: string, list: string, index: number) => `${at(path, list)}[${index}]`;

const DETAIL_TEXT_FIELDS = ['text', 'summary', 'data', 'signature', 'id', 'format'] as const;

function checkReasoningDetail(detail: unknown, path: string, index: number): void {
  if (detail === null) return;
  if (!isRecord(detail)) throw new WireShapeError(entryPath(path, 'reasoning_details', index), 'an object or null', detail);
  if (typeof detail.type !== 'string') throw new WireShapeError(`${entryPath(path, 'reasoning_details', index)}.type`, 'a string', detail.type);
  for (const field of DETAIL_TEXT_FIELDS) {
    const text = detail[field];
    if (text != null && typeof text !== 'string') throw new WireShapeError(`${entryPath(path, 'reasoning_details', index)}.${field}`, 'a string or null', text);
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
