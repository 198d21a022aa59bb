/**
 * Expectations for the shapes that differ by provider spec, built from each spec's own rules
 * (never from the code under test): V2 (AI SDK 5) is flat where V3/V4 (AI SDK 6/7) nest or tag.
 * Scenario tests state what OpenRouter sent; these say how the lane's spec must show it.
 */
import type { LanguageModelV2Prompt } from '@ai-sdk/provider';
import { lane } from './surface';

const nested = lane !== 'v2';

/** Token counts as OpenRouter reported them; a count left out was not reported. */
export interface TokenCounts {
  input?: number;
  output?: number;
  /** OpenRouter's total_tokens (V2 reports it; V3/V4 model usage has no total). */
  total?: number;
  reasoning?: number;
  cacheRead?: number;
  cacheWrite?: number;
  /** OpenRouter's usage object as sent: V3/V4 hand it back as `usage.raw`. */
  raw?: Record<string, unknown>;
}

/**
 * Uncached input as the issue defines it: total - cacheRead - cacheWrite; where that is negative,
 * total - cacheRead; never below 0.
 */
function noCacheTokens({ input, cacheRead = 0, cacheWrite = 0 }: TokenCounts): number | undefined {
  if (input === undefined) return undefined;
  const uncached = input - cacheRead - cacheWrite;
  return uncached >= 0 ? uncached : Math.max(0, input - cacheRead);
}

/** Output text is completion minus reasoning, never negative. */
function textTokens({ output, reasoning = 0 }: TokenCounts): number | undefined {
  return output === undefined ? undefined : Math.max(0, output - reasoning);
}

/** Usage of a model result or finish part: V2 flat, V3/V4 nested with `raw`. */
export function modelUsage(counts: TokenCounts): unknown {
  const { input, output, total, reasoning, cacheRead, cacheWrite, raw } = counts;
  if (!nested) return { inputTokens: input, outputTokens: output, totalTokens: total, reasoningTokens: reasoning, cachedInputTokens: cacheRead };
  return {
    inputTokens: { total: input, noCache: noCacheTokens(counts), cacheRead, cacheWrite },
    outputTokens: { total: output, text: textTokens(counts), reasoning },
    ...(raw === undefined ? {} : { raw }),
  };
}

/** Input and output totals of a model's usage: V2 keeps them flat, V3/V4 under `.total`. */
export function tokenTotals(usage: unknown): { input: unknown; output: unknown } {
  const { inputTokens, outputTokens } = usage as Record<'inputTokens' | 'outputTokens', unknown>;
  if (!nested) return { input: inputTokens, output: outputTokens };
  return { input: (inputTokens as { total: unknown }).total, output: (outputTokens as { total: unknown }).total };
}

const sum = (a: number | undefined, b: number | undefined) => (a === undefined && b === undefined ? undefined : (a ?? 0) + (b ?? 0));

/**
 * `usage` of a generateText/streamText step as the lane's AI SDK reports it: AI SDK 5 passes the
 * V2 counts through; AI SDK 6 and 7 add token details, total = input + output and `raw`, and
 * AI SDK 6 still carries its deprecated `reasoningTokens` and `cachedInputTokens`.
 */
export function sdkUsage(counts: TokenCounts): unknown {
  if (!nested) return modelUsage(counts);
  const { input, output, reasoning, cacheRead, cacheWrite, raw } = counts;
  return {
    inputTokens: input,
    inputTokenDetails: { noCacheTokens: noCacheTokens(counts), cacheReadTokens: cacheRead, cacheWriteTokens: cacheWrite },
    outputTokens: output,
    outputTokenDetails: { textTokens: textTokens(counts), reasoningTokens: reasoning },
    totalTokens: sum(input, output),
    raw,
    ...(lane === 'v3' ? { reasoningTokens: reasoning, cachedInputTokens: cacheRead } : {}),
  };
}

/** V2's unified finish reasons; `unknown` is V2's word for "no reason given". */
export type UnifiedFinishReason = 'stop' | 'length' | 'content-filter' | 'tool-calls' | 'error' | 'other' | 'unknown';

/** V3/V4 have no `unknown`: a reply without a reason is `other`. */
const specReason = (unified: UnifiedFinishReason) => (nested && unified === 'unknown' ? 'other' : unified);

/** A model's finish reason: V2 the unified string, V3/V4 `{ unified, raw }` with OpenRouter's finish_reason as sent. */
export function modelFinishReason(unified: UnifiedFinishReason, raw: string | undefined): unknown {
  return nested ? { unified: specReason(unified), raw } : unified;
}

/** The unified reason of a model's finish reason, in either spec's shape. */
export function unifiedFinishReason(reason: unknown): unknown {
  return nested ? (reason as { unified: unknown }).unified : reason;
}

/** `finishReason` of a generateText/streamText result (a string on every major). */
export function sdkFinishReason(unified: UnifiedFinishReason): string {
  return specReason(unified);
}

/** A setting the call could not honour: V2 `unsupported-setting`, V3/V4 `unsupported` naming the feature. */
export function unsupportedSetting(setting: string, details?: string): unknown {
  const withDetails = details === undefined ? {} : { details };
  return nested ? { type: 'unsupported', feature: setting, ...withDetails } : { type: 'unsupported-setting', setting, ...withDetails };
}

/** A tool the call could not honour: V2 `unsupported-tool` with the tool, V3/V4 `unsupported` with feature `tool "<name>"`. */
export function unsupportedTool(tool: { name: string }, details?: string): unknown {
  const withDetails = details === undefined ? {} : { details };
  return nested ? { type: 'unsupported', feature: `tool "${tool.name}"`, ...withDetails } : { type: 'unsupported-tool', tool, ...withDetails };
}

/**
 * The provider method the spec names for embedding models: V2's `textEmbeddingModel`, V3/V4's
 * `embeddingModel`. Typed as V2's name, as the scenario code is.
 */
export const EMBEDDING_MODEL = (nested ? 'embeddingModel' : 'textEmbeddingModel') as 'textEmbeddingModel';

/** A provider tool as the lane's spec declares it: `provider-defined` on V2, `provider` on V3/V4. */
export function providerTool<T extends { id: `${string}.${string}`; name: string; args: Record<string, unknown> }>(tool: T): T & { type: 'provider-defined' } {
  return { type: nested ? 'provider' : 'provider-defined', ...tool } as T & { type: 'provider-defined' };
}

/** Generated file data (base64 from OpenRouter): V4 tags it `{ type: 'data', data }`. */
export function fileData(base64: string): unknown {
  return lane === 'v4' ? { type: 'data', data: base64 } : base64;
}

/** File data in a prompt: V4 tags bytes and base64 as `{ type: 'data' }` and URLs as `{ type: 'url' }`. */
export function promptFileData<T extends string | Uint8Array | URL>(data: T): T {
  if (lane !== 'v4') return data;
  return (data instanceof URL ? { type: 'url', url: data } : { type: 'data', data }) as unknown as T;
}

/** A model-level prompt in the lane's spec: V4 tags the data of user and assistant file parts. */
export function specPrompt(prompt: LanguageModelV2Prompt): LanguageModelV2Prompt {
  if (lane !== 'v4') return prompt;
  return prompt.map((message) =>
    Array.isArray(message.content)
      ? {
          ...message,
          content: message.content.map((part: { type: string; data?: string | Uint8Array | URL }) =>
            part.type === 'file' && part.data !== undefined ? { ...part, data: promptFileData(part.data) } : part,
          ),
        }
      : message,
  ) as LanguageModelV2Prompt;
}
