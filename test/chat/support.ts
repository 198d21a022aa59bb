import type { LanguageModelV2Prompt, LanguageModelV2StreamPart } from '@ai-sdk/provider';
import { expect } from 'vitest';
import { usageChunk } from '../../src/testing';
import type { EmulatorHandle } from '../helpers/emulator';
import { routers } from '../helpers/model-calls';
import { modelFinishReason, modelUsage, sdkUsage, type TokenCounts, type UnifiedFinishReason } from '../helpers/spec-shapes';

export const HI: LanguageModelV2Prompt = [{ role: 'user', content: [{ type: 'text', text: 'Hi' }] }];

/** `model(id)` on the emulator's own base URL, `defaultModelId` when no id is given. */
export const chatModels = (server: EmulatorHandle, defaultModelId: string) => {
  const { proxy } = routers(server);
  return (modelId = defaultModelId) => proxy()(modelId);
};

// What a model reports of a reply made with the src/testing builders' defaults: generation gen-emulator-0 of
// openai/gpt-4o-mini by OpenAI, 10 prompt and 5 completion tokens.
export const START = { type: 'stream-start', warnings: [] };
export const RESPONSE_METADATA = { type: 'response-metadata', id: 'gen-emulator-0', modelId: 'openai/gpt-4o-mini', timestamp: new Date('2026-01-01T00:00:00.000Z') };
export const DEFAULT_COUNTS: TokenCounts = {
  input: 10,
  output: 5,
  total: 15,
  reasoning: 0,
  cacheRead: 0,
  cacheWrite: 0,
  raw: usageChunk().usage as Record<string, unknown>,
};
/** The default counts as the lane's model reports them. */
export const DEFAULT_USAGE = modelUsage(DEFAULT_COUNTS);
/** The default counts as the lane's generateText/streamText report them. */
export const DEFAULT_SDK_USAGE = sdkUsage(DEFAULT_COUNTS);
export const DEFAULT_USAGE_METADATA = {
  promptTokens: 10,
  completionTokens: 5,
  totalTokens: 15,
  cost: 0.00002,
  isByok: false,
  promptTokensDetails: { cachedTokens: 0, cacheWriteTokens: 0 },
  completionTokensDetails: { reasoningTokens: 0 },
  costDetails: { upstreamInferencePromptCost: 0.00001, upstreamInferenceCompletionsCost: 0.00001 },
};

/**
 * The finish part of a default stream that ends with `usageChunk()`, for OpenRouter's `finish_reason`
 * `raw`; `openrouter` adds to its provider metadata.
 */
export const defaultFinish = (unified: UnifiedFinishReason, raw: string | undefined, openrouter: Record<string, unknown> = {}) => ({
  type: 'finish',
  finishReason: modelFinishReason(unified, raw),
  usage: DEFAULT_USAGE,
  providerMetadata: {
    openrouter: { provider: 'OpenAI', model: 'openai/gpt-4o-mini', generationId: 'gen-emulator-0', usage: DEFAULT_USAGE_METADATA, ...openrouter },
  },
});

/**
 * Checks the block protocol (each id started once, deltas and ends only while open, one
 * tool-call per closed tool input, nothing left open) and replaces generated text and reasoning
 * ids by text-1, reasoning-1, ...; tool ids are kept, or labelled tool-1, ... when asked.
 */
export function normalizeParts(parts: LanguageModelV2StreamPart[], { labelToolIds = false } = {}) {
  const labels = new Map<string, string>();
  const open = new Set<string>();
  const called = new Set<string>();
  const counts: Record<string, number> = {};
  const out = parts.map((part) => {
    const block = /^(text|reasoning|tool-input)-(start|delta|end)$/.exec(part.type);
    if (block) {
      const [, kind, phase] = block;
      const id = (part as { id: string }).id;
      if (phase === 'start') {
        expect(labels.has(id), `id ${id} is started twice`).toBe(false);
        const n = (counts[kind] = (counts[kind] ?? 0) + 1);
        labels.set(id, kind === 'tool-input' ? (labelToolIds ? `tool-${n}` : id) : `${kind}-${n}`);
        open.add(id);
      } else {
        expect(open.has(id), `${part.type} for ${id}, which is not open`).toBe(true);
        if (phase === 'end') open.delete(id);
      }
      return { ...part, id: labels.get(id) };
    }
    if (part.type === 'tool-call') {
      expect(labels.has(part.toolCallId) && !open.has(part.toolCallId), `tool-call ${part.toolCallId} before its input ended`).toBe(true);
      expect(called.has(part.toolCallId), `a second tool-call for ${part.toolCallId}`).toBe(false);
      called.add(part.toolCallId);
      return { ...part, toolCallId: labels.get(part.toolCallId)! };
    }
    return part;
  });
  expect([...open], 'blocks left open').toEqual([]);
  return out;
}

/** The token counts of an OpenRouter usage object, as sent. */
export const countsOf = (usage: any): TokenCounts => ({
  input: usage.prompt_tokens,
  output: usage.completion_tokens,
  total: usage.total_tokens,
  reasoning: usage.completion_tokens_details?.reasoning_tokens,
  cacheRead: usage.prompt_tokens_details?.cached_tokens,
  cacheWrite: usage.prompt_tokens_details?.cache_write_tokens,
  raw: usage,
});
