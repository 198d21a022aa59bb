import type { ReasoningDetail } from '../wire/openrouter-wire-types';

export function readReasoningDetails(providerOptions: unknown): ReasoningDetail[] | undefined {
  const details = (providerOptions as { openrouter?: { reasoning_details?: unknown } } | undefined)?.openrouter?.reasoning_details;
  return Array.isArray(details) ? (details as ReasoningDetail[]) : undefined;
}

/**
 * Collects reasoning details for replay, in order, each exactly once: the same
 * details can reach us on the message, on its reasoning parts and on its
 * tool-call parts, and OpenRouter rejects duplicated items.
 */
export class ReasoningDetailCollector {
  private readonly seen = new Set<string>();
  readonly details: ReasoningDetail[] = [];

  add(details: ReasoningDetail[] | undefined): void {
    if (!details) return;
    for (const detail of details) {
      if (typeof detail !== 'object' || detail === null) continue;
      const key = JSON.stringify(detail);
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      this.details.push(detail);
    }
  }
}
