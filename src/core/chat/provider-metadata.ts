import type { ProviderMetadata } from '../model-io/result-types';
import type { OpenRouterUsage, ReasoningDetail } from '../wire/openrouter-wire-types';
import { toUsageMetadata } from '../usage';
import type { ResponseCacheMetadata } from '../platform/response-cache';

export interface ResponseFacts {
  provider?: string;
  model?: string;
  generationId?: string;
  usage?: OpenRouterUsage;
  reasoningDetails: ReasoningDetail[];
  fileAnnotations: unknown[];
  nativeFinishReason?: string;
  /** `openrouter_metadata` of the reply: how OpenRouter routed the request, when asked. */
  routerMetadata?: unknown;
  responseCache?: ResponseCacheMetadata;
}

/** The response-level `providerMetadata.openrouter`, shared by generate and stream. */
export function buildProviderMetadata(facts: ResponseFacts): ProviderMetadata {
  const openrouter: Record<string, unknown> = {};
  if (facts.provider !== undefined) openrouter.provider = facts.provider;
  if (facts.model !== undefined) openrouter.model = facts.model;
  if (facts.generationId !== undefined) openrouter.generationId = facts.generationId;
  if (facts.nativeFinishReason !== undefined) openrouter.nativeFinishReason = facts.nativeFinishReason;
  const usage = toUsageMetadata(facts.usage);
  if (usage) openrouter.usage = usage;
  if (facts.reasoningDetails.length > 0) openrouter.reasoning_details = facts.reasoningDetails;
  if (facts.fileAnnotations.length > 0) openrouter.annotations = facts.fileAnnotations;
  if (isObject(facts.routerMetadata)) openrouter.routerMetadata = facts.routerMetadata;
  if (facts.responseCache) openrouter.responseCache = { ...facts.responseCache };
  return { openrouter } as ProviderMetadata;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Wraps values under the `openrouter` key; they are JSON by construction. */
export function openrouterMetadata(values: Record<string, unknown>): ProviderMetadata {
  return { openrouter: values } as ProviderMetadata;
}

/** `created` (Unix seconds) as a Date; undefined unless it is a real date (the AI SDK calls toISOString on it). */
export function timestampFromSeconds(created: unknown): Date | undefined {
  if (typeof created !== 'number') return undefined;
  const date = new Date(created * 1000);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
