import { APICallError } from '@ai-sdk/provider';
import type { ChatStreamPart, CoreWarning } from '../../model-io/result-types';
import { generateId } from '@ai-sdk/provider-utils';
import { createErrorFromEnvelope, isErrorEnvelope } from '../../http/errors';
import { mapFinishReason } from '../map-finish-reason';
import { parseDataUrl } from '../../media';
import { type ChatAssistantImage, type ChatStreamChunk, type ChatStreamDelta, narrowChatChunk } from '../../wire/chat-reply';
import { WireShapeError } from '../../wire/narrow';
import type { OpenRouterAnnotation, OpenRouterUsage, ReasoningDetail } from '../../wire/openrouter-wire-types';
import { buildProviderMetadata, openrouterMetadata, timestampFromSeconds } from '../provider-metadata';
import { visibleText } from '../reasoning-text';
import { sourceFromCitation } from '../reply-content';
import { SERVER_TOOL_CALL_DETAIL, serverToolCallOf } from '../server-tool-calls';
import type { ServerToolNames } from '../server-tool-names';
import type { ResponseCacheMetadata } from '../../platform/response-cache';
import { toUsage } from '../../usage';
import { ReasoningAccumulator } from './reasoning-accumulator';
import { readReplyAudio } from '../reply-audio';
import { AudioOutputAccumulator, MAX_STREAMED_AUDIO_CHARS } from './audio-output';
import { namesResponse } from './stream-error-chunk';
import { ToolCallAssembler } from './tool-call-assembler';

export interface ChatStreamContext {
  url: string;
  requestBodyValues: unknown;
  responseHeaders: Record<string, string>;
  warnings: CoreWarning[];
  includeRawChunks: boolean;
  /** The names the call gave its server tools; without them no server tool call is reported. */
  serverToolNames?: ServerToolNames;
  /** `providerMetadata.openrouter.responseCache`, read from the reply headers. */
  responseCache?: ResponseCacheMetadata;
  /** The `audio.format` the request asked for: how a spoken reply's bytes are labelled (pcm16 is wrapped as WAV). */
  audioFormat?: string;
}

type Emit = (part: ChatStreamPart) => void;

/**
 * OpenRouter SSE data -> stream parts (each surface maps the few that differ by spec). One call per SSE event, one
 * JSON.parse, constant work per delta: text, reasoning and tool arguments are
 * forwarded as they come and accumulated without re-parsing.
 */
export class ChatStreamState {
  private emit: Emit = () => {};
  private metadataSent = false;
  private finishReason: unknown = undefined;
  private sawFinish = false;
  private sawDone = false;
  /** Set once an error part went out: later data is ignored. */
  stopped = false;

  private generationId?: string;
  private model?: string;
  private provider?: string;
  private nativeFinishReason?: string;
  private usage?: OpenRouterUsage;
  private routerMetadata?: unknown;
  private readonly serverToolCallIds = new Set<string>();

  private textId?: string;
  private reasoningId?: string;
  private reasoning?: ReasoningAccumulator;
  private readonly allReasoningDetails: ReasoningDetail[] = [];

  private readonly toolCalls = new ToolCallAssembler((part) => this.emit(part));

  private audio?: AudioOutputAccumulator;

  private readonly fileAnnotations: unknown[] = [];
  private readonly citedUrls = new Set<string>();

  constructor(private readonly context: ChatStreamContext) {}

  start(emit: Emit): void {
    this.emit = emit;
    emit({ type: 'stream-start', warnings: this.context.warnings });
  }

  /** One SSE `data:` payload. */
  onData(data: string): void {
    if (this.stopped) return;
    if (data === '[DONE]') {
      this.sawDone = true;
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(data);
    } catch {
      this.fail(this.streamError(`OpenRouter sent a malformed stream chunk: ${data.slice(0, 200)}`, false));
      return;
    }
    if (this.context.includeRawChunks) this.emit({ type: 'raw', rawValue: parsed });
    // The door of the stream: each chunk is narrowed once, and a chunk that does not fit ends it.
    let chunk: ChatStreamChunk;
    try {
      chunk = narrowChatChunk(parsed);
    } catch (error) {
      if (!(error instanceof WireShapeError)) throw error;
      this.fail(this.streamError(`OpenRouter sent a stream chunk that does not fit its documented shape: ${error.message}.`, false, error));
      return;
    }

    // An error chunk still names the response and its upstream, and carries the usage (and cost) of what ran.
    if (!this.metadataSent && namesResponse(chunk)) this.sendResponseMetadata(chunk);
    if (chunk.provider != null) this.provider = chunk.provider;
    if (chunk.usage != null) this.usage = chunk.usage;
    if (chunk.openrouter_metadata !== undefined) this.routerMetadata = chunk.openrouter_metadata;
    const choice = chunk.choices?.[0];
    if (isErrorEnvelope(chunk)) {
      // A mid-stream error chunk also carries finish_reason "error": the raw finish reason as sent.
      if (choice?.finish_reason != null) this.finishReason = choice.finish_reason;
      this.fail(createErrorFromEnvelope(chunk, this.errorContext(data), this.provider));
      return;
    }
    if (choice === undefined) return;
    const delta = choice.delta;
    if (delta != null) this.onDelta(delta);
    if (choice.native_finish_reason != null) this.nativeFinishReason = choice.native_finish_reason;
    if (choice.finish_reason != null) {
      this.finishReason = choice.finish_reason;
      this.sawFinish = true;
      if (choice.finish_reason === 'error') {
        // Some upstream errors come on the choice rather than on the chunk.
        this.fail(
          isErrorEnvelope(choice)
            ? createErrorFromEnvelope(choice, this.errorContext(data), this.provider)
            : this.streamError('OpenRouter ended the stream with finish_reason "error".', true),
        );
        return;
      }
      this.completeToolCalls();
    }
  }

  /** What an error about this stream carries; only built when one happens. */
  private errorContext(responseBody: string) {
    const { url, requestBodyValues, responseHeaders } = this.context;
    return { url, requestBodyValues, responseHeaders, responseBody };
  }

  private sendResponseMetadata(chunk: ChatStreamChunk): void {
    this.metadataSent = true;
    if (chunk.id != null) this.generationId = chunk.id;
    if (chunk.model != null) this.model = chunk.model;
    this.emit({
      type: 'response-metadata',
      id: this.generationId,
      modelId: this.model,
      timestamp: timestampFromSeconds(chunk.created),
    });
  }

  private onDelta(delta: ChatStreamDelta): void {
    const details = delta.reasoning_details;
    if (details != null && details.length > 0) {
      for (const detail of details) if (detail !== null) this.onReasoningDetail(detail);
    } else if (delta.reasoning != null && delta.reasoning !== '') {
      this.openReasoning();
      this.emit({ type: 'reasoning-delta', id: this.reasoningId!, delta: delta.reasoning });
    }

    if (delta.content != null && delta.content !== '') {
      this.closeReasoning();
      if (this.textId === undefined) {
        this.textId = generateId();
        this.emit({ type: 'text-start', id: this.textId });
      }
      this.emit({ type: 'text-delta', id: this.textId, delta: delta.content });
    }
    if (delta.audio != null) this.onAudio(delta.audio);

    if (delta.tool_calls != null) {
      for (const call of delta.tool_calls) if (call !== null) this.toolCalls.onDelta(call, this.closeBlocksForToolCall);
    }
    if (delta.images != null) this.onImages(delta.images);
    if (delta.annotations != null) this.onAnnotations(delta.annotations);
  }

  /** A spoken reply: its transcript is text as it comes; its audio one file part at the end. */
  private onAudio(value: unknown): void {
    const audio = readReplyAudio(value);
    if (!audio) return;
    this.audio ??= new AudioOutputAccumulator();
    const transcript = this.audio.add(audio);
    if (transcript === undefined) {
      this.refuse(
        `OpenRouter sent spoken audio larger than 256 MiB (${MAX_STREAMED_AUDIO_CHARS} base64 characters), the most one reply may hold; the stream was stopped.`,
      );
      return;
    }
    // The transcript is the reply's text: it takes the text path.
    if (transcript !== '') this.onDelta({ content: transcript });
  }

  private onReasoningDetail(detail: ReasoningDetail): void {
    this.openReasoning();
    this.reasoning!.add(detail);
    const text = visibleText(detail);
    if (text !== '') this.emit({ type: 'reasoning-delta', id: this.reasoningId!, delta: text });
    if (detail.type === SERVER_TOOL_CALL_DETAIL && this.context.serverToolNames) this.onServerToolCall(detail, this.context.serverToolNames);
  }

  /** A server tool OpenRouter ran arrives whole: its input, call and result go out at once. */
  private onServerToolCall(detail: ReasoningDetail, names: ServerToolNames): void {
    const serverCall = serverToolCallOf(detail, names, this.serverToolCallIds);
    if (!serverCall) return;
    const { call, result } = serverCall;
    this.emit({ type: 'tool-input-start', id: call.toolCallId, toolName: call.toolName, providerExecuted: true });
    this.emit({ type: 'tool-input-delta', id: call.toolCallId, delta: call.input });
    this.emit({ type: 'tool-input-end', id: call.toolCallId });
    this.emit(call);
    if (result) this.emit(result);
  }

  private openReasoning(): void {
    if (this.reasoningId !== undefined) return;
    this.closeText();
    this.reasoningId = generateId();
    this.reasoning = new ReasoningAccumulator();
    this.emit({ type: 'reasoning-start', id: this.reasoningId });
  }

  /** reasoning-end carries the complete details: the AI SDK keeps only a part's latest metadata. */
  private closeReasoning(): void {
    if (this.reasoningId === undefined) return;
    const accumulated = this.reasoning!;
    if (accumulated.isEmpty) {
      this.emit({ type: 'reasoning-end', id: this.reasoningId });
    } else {
      for (const detail of accumulated.details) this.allReasoningDetails.push(detail);
      this.emit({
        type: 'reasoning-end',
        id: this.reasoningId,
        providerMetadata: openrouterMetadata({ reasoning_details: accumulated.details }),
      });
    }
    this.reasoningId = undefined;
    this.reasoning = undefined;
  }

  private closeText(): void {
    if (this.textId === undefined) return;
    this.emit({ type: 'text-end', id: this.textId });
    this.textId = undefined;
  }

  private completeToolCalls(): void {
    // A Gemini signature can come after its call, in the finishing chunk: close the reasoning
    // block first so its details count when tying signatures to calls.
    if (this.toolCalls.hasOpenCalls) this.closeReasoning();
    this.toolCalls.completeAll(this.allReasoningDetails);
  }

  private onImages(images: ReadonlyArray<ChatAssistantImage | null>): void {
    for (const image of images) {
      const url = image?.image_url?.url;
      const data = url != null ? parseDataUrl(url) : undefined;
      if (data) this.emit({ type: 'file', mediaType: data.mediaType, data: data.base64 });
    }
  }

  private onAnnotations(annotations: ReadonlyArray<OpenRouterAnnotation | null>): void {
    for (const annotation of annotations) {
      if (annotation?.type === 'file') {
        this.fileAnnotations.push(annotation);
        continue;
      }
      const source = sourceFromCitation(annotation, this.citedUrls);
      if (source) this.emit(source);
    }
  }

  private readonly closeBlocksForToolCall = () => this.closeBlocks();

  private closeBlocks(): void {
    this.closeReasoning();
    this.closeText();
  }

  private streamError(message: string, isRetryable: boolean, cause?: unknown): APICallError {
    return new APICallError({
      message,
      url: this.context.url,
      requestBodyValues: this.context.requestBodyValues,
      statusCode: 200,
      responseHeaders: this.context.responseHeaders,
      isRetryable,
      cause,
    });
  }

  private fail(error: unknown): void {
    if (this.stopped) return;
    this.closeBlocks();
    this.stopped = true;
    this.emit({ type: 'error', error });
  }

  /** The reader refused the rest of the body (it broke a limit): a final, non-retryable error. */
  refuse(message: string): void {
    this.fail(this.streamError(message, false));
  }

  /** The body could not be read to its end (connection reset, socket closed). */
  interrupted(cause: unknown): void {
    if (this.sawFinish || this.sawDone) return;
    const reason = cause instanceof Error ? cause.message : String(cause);
    this.fail(this.streamError(`OpenRouter stream was interrupted before it finished: ${reason}`, true, cause));
  }

  /** The body ended: emit what is pending and exactly one finish part. */
  end(): void {
    if (!this.stopped && !this.sawFinish && !this.sawDone) {
      this.fail(this.streamError('OpenRouter stream ended before the model finished (no finish_reason and no [DONE]): the reply was cut off.', true));
    }
    if (!this.stopped) this.completeToolCalls();
    this.closeBlocks();
    if (!this.stopped && this.audio && !this.audio.isEmpty) {
      const file = this.audio.toFilePart(this.context.audioFormat);
      if (file) this.emit(file);
    }
    this.emit({
      type: 'finish',
      finishReason: this.stopped
        ? { unified: 'error', raw: typeof this.finishReason === 'string' ? this.finishReason : undefined }
        : mapFinishReason(this.finishReason, this.toolCalls.count > 0),
      usage: toUsage(this.usage),
      providerMetadata: buildProviderMetadata({
        provider: this.provider,
        model: this.model,
        generationId: this.generationId,
        nativeFinishReason: this.nativeFinishReason,
        usage: this.usage,
        reasoningDetails: this.allReasoningDetails,
        fileAnnotations: this.fileAnnotations,
        routerMetadata: this.routerMetadata,
        responseCache: this.context.responseCache,
      }),
    });
  }
}
