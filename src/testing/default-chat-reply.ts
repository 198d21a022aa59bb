import { chatChunk, chatCompletion, EMULATOR_CREATED, usageChunk } from './builders';
import type { EmulatorIds } from './ids';
import { sampleFromJsonSchema } from './json-schema-sample';
import { samplePngBase64 } from './png';
import { replyUsage } from './reply-usage';
import { sampleDimensions } from './sample-image-shape';
import { KEEP_ALIVE_COMMENT } from './sse-writer';
import { nativeFinishReason, resolveTraffic, servedSlug, type ResolvedTraffic } from './traffic';
import type { JsonReply, StreamReply } from './types';
import { servingProvider } from './routing';
import { isObject, textOf } from './request-text';
import type { EmulatorSessions } from './chat-sessions';
import { base64Pieces, speak, wantsAudio, type SpokenAnswer } from './spoken-reply';
import type { EmulatorPromptCache } from './prompt-cache';

/** What the emulator remembers between chat requests: sticky sessions and prompt caches. */
export interface ChatMemory {
  sessions: EmulatorSessions;
  promptCache: EmulatorPromptCache;
}

type Json = Record<string, unknown>;

/** What the default reply says, before it is shaped as JSON or as a stream. */
type Identity = {
  id: string;
  model: string;
  provider: string;
};

interface Answer {
  text: string;
  reasoning?: { text: string; signature: string; shown: boolean };
  toolCall?: { id: string; name: string; arguments: string };
  images?: string[];
  /** A spoken reply: the text above is its transcript. */
  audio?: SpokenAnswer;
}

/**
 * The deterministic reply to a chat request: an image when `modalities` asks for one, a call to
 * the first tool when tools are offered and the last message is not a tool result, otherwise a
 * text echoing the last user message (JSON when `response_format` asks for it), with reasoning
 * when `reasoning` is requested. Streamed when `stream: true`.
 */
export function defaultChatReply(request: unknown, ids: EmulatorIds, traffic: ResolvedTraffic = resolveTraffic(), memory?: ChatMemory): JsonReply | StreamReply {
  const body = isObject(request) ? request : {};
  const id = ids.nextGenerationId();
  const answer = answerTo(body, id, ids);
  if (wantsAudio(body)) {
    const spoken = speak(body, answer.text);
    if ('type' in spoken) return spoken;
    answer.audio = spoken;
  }
  const model = servedModel(body.model);
  const chosen = model.startsWith('anthropic/') && !hasProviderPreference(body.provider) ? traffic.anthropicUpstream : servingProvider(model, body.provider);
  const provider = memory ? memory.sessions.upstream(body.session_id, chosen) : chosen;
  const identity = { id, model: servedSlug(model, traffic), provider };
  // Fixed cache counts asked for in the traffic options win over the emulated cache.
  const fixedCacheCounts = traffic.cachedTokens > 0 || traffic.cacheWriteTokens > 0;
  const cached = fixedCacheCounts ? undefined : memory?.promptCache.usage(body, `${provider} ${model}`);
  const usage = replyUsage(
    {
      prompt: Math.max(1, countWords(promptText(body))),
      answer: countWords(answer.text) + countWords(answer.toolCall?.arguments ?? '') + (answer.images?.length ?? 0) * 1000,
      reasoning: countWords(answer.reasoning?.text ?? ''),
    },
    cached ? { ...traffic, cachedTokens: cached.read, cacheWriteTokens: cached.write } : traffic,
  );
  const finishReason = answer.toolCall ? 'tool_calls' : 'stop';
  const finish = { finish_reason: finishReason, native_finish_reason: nativeFinishReason(finishReason, model, traffic) };
  const headers = { 'x-generation-id': id };

  if (body.stream === true) {
    const includeUsage = !(isObject(body.stream_options) && body.stream_options.include_usage === false);
    return { type: 'stream', headers, chunks: streamChunks(answer, identity, finish, includeUsage ? usage : undefined, traffic) };
  }
  const offSpec = answer.toolCall !== undefined && (traffic.indexedMessageToolCalls || omitsArguments(answer.toolCall, traffic));
  return { type: 'json', headers, body: completionBody(answer, identity, finish, usage, traffic), ...(offSpec ? { schemaCheck: false } : {}) };
}

function hasProviderPreference(preferences: unknown): boolean {
  return isObject(preferences) && ['only', 'order'].some((key) => Array.isArray(preferences[key]) && preferences[key].length > 0);
}

function answerTo(body: Json, id: string, ids: EmulatorIds): Answer {
  const said = lastUserText(body.messages);
  const answer: Answer = { text: `You said: ${said || '(nothing)'}` };

  if (wantsReasoning(body)) {
    answer.reasoning = {
      text: `The user said "${said}". I will answer by repeating it.`,
      signature: Buffer.from(`emulator-signature:${id}`).toString('base64'),
      shown: !(isObject(body.reasoning) && body.reasoning.exclude === true),
    };
  }

  if (Array.isArray(body.modalities) && body.modalities.includes('image')) {
    answer.text = 'Here is the image you asked for.';
    const config = isObject(body.image_config) ? body.image_config : {};
    const { width, height } = sampleDimensions(undefined, config.aspect_ratio);
    answer.images = [`data:image/png;base64,${samplePngBase64(0, width, height)}`];
    return answer;
  }

  const tool = toolToCall(body);
  if (tool) {
    answer.text = '';
    answer.toolCall = {
      id: ids.nextToolCallId(),
      name: tool.name,
      arguments: JSON.stringify(sampleFromJsonSchema(tool.parameters ?? { type: 'object' })),
    };
    return answer;
  }

  const format = isObject(body.response_format) ? body.response_format : undefined;
  if (format?.type === 'json_schema' && isObject(format.json_schema)) {
    answer.text = JSON.stringify(sampleFromJsonSchema(format.json_schema.schema ?? {}));
  } else if (format?.type === 'json_object') {
    answer.text = JSON.stringify({ text: answer.text });
  }
  return answer;
}

function wantsReasoning(body: Json): boolean {
  if (isObject(body.reasoning)) return body.reasoning.effort !== 'none' && body.reasoning.enabled !== false;
  return body.include_reasoning === true;
}

function toolToCall(body: Json): { name: string; parameters?: unknown } | undefined {
  const tools = Array.isArray(body.tools) ? body.tools.filter(isObject) : [];
  const functions = tools.filter((tool) => tool.type === 'function' && isObject(tool.function)).map((tool) => tool.function as Json);
  if (functions.length === 0 || body.tool_choice === 'none') return undefined;
  const messages = Array.isArray(body.messages) ? body.messages : [];
  const last = messages[messages.length - 1];
  if (isObject(last) && last.role === 'tool') return undefined;

  const choice = body.tool_choice;
  const forced = isObject(choice) && isObject(choice.function) ? choice.function.name : undefined;
  const chosen = functions.find((fn) => fn.name === forced) ?? functions[0];
  return { name: String(chosen.name), parameters: chosen.parameters };
}

interface Finish {
  finish_reason: string;
  native_finish_reason: string;
}

function completionBody(answer: Answer, identity: Identity, finish: Finish, usage: Json, traffic: ResolvedTraffic) {
  const message: Json = {
    role: 'assistant',
    content: answer.toolCall || answer.audio ? null : answer.text,
    refusal: null,
    reasoning: answer.reasoning?.shown ? answer.reasoning.text : null,
  };
  if (answer.reasoning?.shown) {
    message.reasoning_details = [
      { type: 'reasoning.text', text: answer.reasoning.text, signature: answer.reasoning.signature, format: traffic.reasoningFormat, index: 0 },
    ];
  }
  if (answer.toolCall) {
    const call = answer.toolCall;
    const fn = omitsArguments(call, traffic) ? { name: call.name } : { name: call.name, arguments: call.arguments };
    message.tool_calls = [{ ...(traffic.indexedMessageToolCalls ? { index: 0 } : {}), id: call.id, type: 'function', function: fn }];
  }
  if (answer.images) message.images = answer.images.map(imageEntry);
  if (answer.audio) message.audio = { id: `audio_${identity.id}`, data: answer.audio.base64, expires_at: EMULATOR_CREATED + 3600, transcript: answer.audio.transcript };
  // Usage as given: the builder would fill in fields a legacy reply leaves out.
  return { ...chatCompletion({ ...identity, message, ...finish }), usage };
}

function streamChunks(answer: Answer, identity: Identity, finish: Finish, usage: Json | undefined, traffic: ResolvedTraffic): Array<Json | string> {
  const chunks: Array<Json | string> = [];
  let dataChunks = 0;
  const push = (chunk: Json) => {
    // Slow replies get keep-alive comments between their chunks, not only before the first.
    if (traffic.keepAliveEvery > 0 && dataChunks > 0 && dataChunks % traffic.keepAliveEvery === 0) chunks.push(KEEP_ALIVE_COMMENT);
    chunks.push(chunk);
    dataChunks++;
  };
  const delta = (fields: Json) => push(chatChunk({ role: 'assistant', ...fields }, identity));
  const format = traffic.reasoningFormat;

  if (answer.reasoning?.shown) {
    // Claude through Vertex opens its thinking with an empty signed detail.
    if (identity.provider === 'Google' && identity.model.startsWith('anthropic/')) {
      delta({ content: '', reasoning: null, reasoning_details: [{ type: 'reasoning.text', text: '', signature: '', format, index: 0 }] });
    }
    for (const piece of splitInto(answer.reasoning.text, 2)) {
      delta({ content: '', reasoning: piece, reasoning_details: [{ type: 'reasoning.text', text: piece, format, index: 0 }] });
    }
    // Anthropic's signature arrives last, in a delta of its own.
    delta({ content: '', reasoning: null, reasoning_details: [{ type: 'reasoning.text', signature: answer.reasoning.signature, format, index: 0 }] });
  }
  if (answer.audio) {
    // The transcript comes first, then the audio, as OpenAI-style voices stream them.
    for (const piece of splitInto(answer.audio.transcript, 3)) delta({ content: '', audio: { id: `audio_${identity.id}`, transcript: piece } });
    for (const piece of base64Pieces(answer.audio.base64, 3)) delta({ content: '', audio: { data: piece } });
  } else {
    for (const piece of splitInto(answer.text, 3)) delta({ content: piece });
  }
  if (answer.toolCall) for (const call of toolCallDeltas(answer.toolCall, traffic)) delta({ content: null, tool_calls: [call] });

  const images = answer.images?.map(imageEntry);
  if (images && !traffic.imagesInFinishChunk) delta({ content: '', images });
  const last = images && traffic.imagesInFinishChunk ? { content: '', images } : { content: '' };
  push(chatChunk({ role: 'assistant', ...last }, { ...identity, ...finish }));
  if (usage) push({ ...usageChunk(usage, { ...identity, choices: usageChoices(finish, traffic) }), usage });
  return chunks;
}

/** The deltas of one streamed tool call. */
function toolCallDeltas(call: NonNullable<Answer['toolCall']>, traffic: ResolvedTraffic): Json[] {
  if (omitsArguments(call, traffic)) return [{ index: 0, id: call.id, type: 'function', function: { name: call.name } }];
  const pieces = splitInto(call.arguments, 3);
  if (traffic.emptyFirstToolArguments) {
    return [
      { index: 0, id: call.id, type: 'function', function: { name: call.name, arguments: '' } },
      ...pieces.map((piece) => ({ index: 0, type: 'function', function: { arguments: piece } })),
    ];
  }
  // The id and name come with the first piece of the arguments only.
  return pieces.map((piece, index) =>
    index === 0 ? { index: 0, id: call.id, type: 'function', function: { name: call.name, arguments: piece } } : { index: 0, function: { arguments: piece } },
  );
}

/** The spec requires `arguments` on a message's tool call; a streamed delta may leave it out. */
function omitsArguments(call: NonNullable<Answer['toolCall']>, traffic: ResolvedTraffic): boolean {
  return traffic.omitEmptyToolArguments && call.arguments === '{}';
}

function usageChoices(finish: Finish, traffic: ResolvedTraffic): Json[] {
  if (traffic.usageChunkChoices === 'empty') return [];
  const repeat = traffic.usageChunkChoices === 'repeat-finish';
  return [
    {
      index: 0,
      delta: { role: 'assistant', content: '' },
      finish_reason: repeat ? finish.finish_reason : null,
      native_finish_reason: repeat ? finish.native_finish_reason : null,
      logprobs: null,
    },
  ];
}

function imageEntry(url: string) {
  return { type: 'image_url', image_url: { url } };
}

/** Up to `parts` non-empty pieces, never splitting a character. */
function splitInto(text: string, parts: number): string[] {
  const characters = Array.from(text);
  const size = Math.max(1, Math.ceil(characters.length / parts));
  const pieces: string[] = [];
  for (let start = 0; start < characters.length; start += size) pieces.push(characters.slice(start, start + size).join(''));
  return pieces;
}

function lastUserText(messages: unknown): string {
  if (!Array.isArray(messages)) return '';
  for (let index = messages.length - 1; index >= 0; index--) {
    const message = messages[index];
    if (isObject(message) && message.role === 'user') return textOf(message.content);
  }
  return '';
}

function promptText(body: Json): string {
  const messages = Array.isArray(body.messages) ? body.messages : [];
  return messages.map((message) => (isObject(message) ? textOf(message.content) : '')).join(' ');
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Routers answer with the model they picked, never with their own id. */
function servedModel(requested: unknown): string {
  if (typeof requested !== 'string' || requested === '' || requested === 'openrouter/auto' || requested === 'openrouter/free') {
    return 'openai/gpt-4o-mini';
  }
  return requested;
}
