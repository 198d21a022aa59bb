import type { ProviderOptions } from '../../model-io/call-types';
import type { CoreWarning } from '../../model-io/result-types';
import type { CacheControl, OpenRouterContentPart } from '../../wire/openrouter-wire-types';

/**
 * A cache marker the caller set: `providerOptions.openrouter.cacheControl`
 * (or `cache_control`), and `providerOptions.anthropic.cacheControl` as the
 * official provider's users write it.
 */
export function readCacheControl(providerOptions: ProviderOptions | undefined): CacheControl | undefined {
  const openrouter = providerOptions?.openrouter as Record<string, unknown> | undefined;
  const anthropic = providerOptions?.anthropic as Record<string, unknown> | undefined;
  const value = openrouter?.cacheControl ?? openrouter?.cache_control ?? anthropic?.cacheControl ?? anthropic?.cache_control;
  if (typeof value !== 'object' || value === null) return undefined;
  const { type, ttl } = value as { type?: unknown; ttl?: unknown };
  if (type !== 'ephemeral') return undefined;
  return ttl === '5m' || ttl === '1h' ? { type, ttl } : { type };
}

/** A message-level marker goes on the message's last text part (OpenRouter's only cacheable part). */
export function applyMessageCache(parts: OpenRouterContentPart[], cache: CacheControl | undefined, role: string, warnings: CoreWarning[]): void {
  if (!cache) return;
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i];
    if (part.type === 'text') {
      part.cache_control ??= cache;
      return;
    }
  }
  warnings.push({
    type: 'other',
    message: `A cache marker on a ${role} message without text was not sent: OpenRouter takes cache_control on text parts only.`,
  });
}
