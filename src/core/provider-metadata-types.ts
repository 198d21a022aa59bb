/**
 * The shapes of `providerMetadata.openrouter`, the same on every surface. The AI SDK types
 * provider metadata as JSON, so read it as `result.providerMetadata?.openrouter as
 * OpenRouterProviderMetadata | undefined`.
 */

/** `usage` in providerMetadata: OpenRouter's usage object with camelCase names, cost included. */
export interface OpenRouterUsageMetadata {
  promptTokens?: number;
  completionTokens?: number;
  totalTokens?: number;
  /** Credits charged for the request; 0 with `isByok` when your own key paid upstream. */
  cost?: number;
  isByok?: boolean;
  promptTokensDetails?: { cachedTokens?: number; cacheWriteTokens?: number; [key: string]: number | undefined };
  completionTokensDetails?: { reasoningTokens?: number; [key: string]: number | undefined };
  costDetails?: { upstreamInferenceCost?: number; [key: string]: number | undefined };
  /** Server tools OpenRouter ran for the request (`router.tools`). */
  serverToolUseDetails?: { toolCallsRequested?: number; toolCallsExecuted?: number; webSearchRequests?: number; [key: string]: number | undefined };
}

/** One entry of OpenRouter's `reasoning_details`, kept as sent so it can be replayed. */
export interface OpenRouterReasoningDetail {
  type: string;
  text?: string;
  signature?: string | null;
  summary?: string;
  data?: string;
  id?: string | null;
  format?: string | null;
  index?: number;
  [key: string]: unknown;
}

/** `providerMetadata.openrouter` of generateText / streamText results. */
export interface OpenRouterProviderMetadata {
  /** The upstream provider that served the request (e.g. "Anthropic", "Google"). */
  provider?: string;
  /** The model that served the request, as OpenRouter names it. */
  model?: string;
  /** OpenRouter's generation id, for `GET /generation`. */
  generationId?: string;
  /** The upstream's own finish reason (e.g. "end_turn", "STOP"). */
  nativeFinishReason?: string;
  usage?: OpenRouterUsageMetadata;
  reasoning_details?: OpenRouterReasoningDetail[];
  /** `file` annotations of the reply (parsed PDFs), to replay on the next turn. */
  annotations?: unknown[];
  /** OpenRouter's `openrouter_metadata` as sent (experimental upstream): how the request was routed. Set with `routerMetadata: true`. */
  routerMetadata?: Record<string, unknown>;
  /** What OpenRouter's response cache did, whenever it reported it (`responseCache` setting). */
  responseCache?: OpenRouterResponseCacheMetadata;
}

/** `responseCache` in providerMetadata, read from OpenRouter's X-OpenRouter-Cache-* reply headers. */
export interface OpenRouterResponseCacheMetadata {
  /** As OpenRouter sends it: `HIT` or `MISS`. */
  status: string;
  /** Seconds the entry stays cached (on a hit, what is left). */
  ttl?: number;
  /** On a hit, seconds since the entry was stored. */
  age?: number;
}

/** `providerMetadata.openrouter` of generateImage results. */
export interface OpenRouterImageProviderMetadata {
  images: Array<{ mediaType: string; generationId?: string; text?: string; usage?: OpenRouterUsageMetadata }>;
  generationId?: string;
  model?: string;
  provider?: string;
  text?: string;
  usage?: OpenRouterUsageMetadata;
}

/** `providerMetadata.openrouter` of embed / embedMany results. */
export interface OpenRouterEmbeddingProviderMetadata {
  generationId?: string;
  model?: string;
  provider?: string;
  usage?: OpenRouterUsageMetadata;
  responseCache?: OpenRouterResponseCacheMetadata;
}

/** Usage of the audio, rerank and video endpoints, camelCased; which counts come depends on how the model is priced. */
export interface OpenRouterMediaUsageMetadata {
  cost?: number;
  isByok?: boolean;
  /** Transcription: seconds of audio billed. */
  seconds?: number;
  inputTokens?: number;
  outputTokens?: number;
  totalTokens?: number;
  /** Reranking: Cohere's billing unit. */
  searchUnits?: number;
  [key: string]: number | boolean | undefined;
}

/** `providerMetadata.openrouter` of generateSpeech results. The cost is in `GET /generation?id=<generationId>`. */
export interface OpenRouterSpeechProviderMetadata {
  /** What the audio is: `audio/wav` (the default), `audio/mpeg`, or PCM with its layout (`audio/pcm;rate=24000;channels=1`). */
  mediaType: string;
  generationId?: string;
}

/** `providerMetadata.openrouter` of transcribe results. */
export interface OpenRouterTranscriptionProviderMetadata {
  generationId?: string;
  /** The language as the reply names it (`verbose_json` may say "english" rather than an ISO code). */
  language?: string;
  usage?: OpenRouterMediaUsageMetadata;
}

/** `providerMetadata.openrouter` of rerank results. */
export interface OpenRouterRerankingProviderMetadata {
  generationId?: string;
  model?: string;
  /** The upstream provider that served the request (e.g. "Cohere"). */
  provider?: string;
  usage?: OpenRouterMediaUsageMetadata;
}

/** `providerMetadata.openrouter` of generateVideo results. */
export interface OpenRouterVideoProviderMetadata {
  jobId: string;
  generationId?: string;
  usage?: OpenRouterMediaUsageMetadata;
}
