import type { CoreWarning } from '../../model-io/result-types';
import type { CacheControl, OpenRouterContentPart, OpenRouterMessage } from '../../wire/openrouter-wire-types';
import type { CacheRetention } from './cache-retention';
import type { RequestPolicy, RequestPolicyContext } from './policy-types';

/** Anthropic rejects a request with more cache breakpoints than this. */
export const MAX_CACHE_BREAKPOINTS = 4;

type Message = OpenRouterMessage;
type Part = OpenRouterContentPart;
type Request = Parameters<RequestPolicy>[0];

interface MarkerAt {
  message: number;
  part: number;
}

/**
 * Anthropic prompt caching on verified OpenRouter routes:
 * - the system/developer prompt gets a marker on its last text block, unless
 *   retention is `none` or the caller's markers already use every breakpoint;
 * - the caller's own markers (per message or part) are kept in prompt order up
 *   to Anthropic's 4 breakpoints, counting a top-level `cache_control`; the rest
 *   are removed with a warning.
 * Proxies and other vendors get no markers at all: the caller's are removed
 * with a warning.
 */
export const anthropicCachePolicy: RequestPolicy = (body, context) => {
  const refusal = ineligibility(context);
  if (refusal !== undefined) return stripAllMarkers(body, refusal, context);

  const warnings: CoreWarning[] = [];
  const budget = MAX_CACHE_BREAKPOINTS - (body.cache_control != null ? 1 : 0);
  const markers = findMarkers(body.messages);
  let messages = body.messages;
  const excess = markers.slice(Math.max(budget, 0));
  if (excess.length > 0) {
    messages = removeMarkers(messages, excess);
    for (const at of excess) {
      warnings.push({
        type: 'other',
        message: `The cache marker on message ${at.message + 1} (${messages[at.message].role}) was not sent: Anthropic allows at most ${MAX_CACHE_BREAKPOINTS} cache breakpoints per request${body.cache_control != null ? ' (the top-level cache_control uses one)' : ''}, and the earlier markers use them.`,
      });
    }
  }

  const retention = resolveCacheRetention(context);
  const kept = markers.length - excess.length;
  if (retention !== 'none' && kept < budget) messages = markSystemPrompt(messages, retention);
  return { body: messages === body.messages ? body : { ...body, messages }, warnings };
};

export function resolveCacheRetention(context: RequestPolicyContext): CacheRetention {
  return context.callOptions.cacheRetention ?? context.modelOptions.cacheRetention ?? context.providerOptions.cacheRetention ?? 'short';
}

function ineligibility(context: RequestPolicyContext): string | undefined {
  if (!context.isVerifiedRoute) return 'the base URL is not a verified https://openrouter.ai route';
  if (!context.modelId.toLowerCase().startsWith('anthropic/')) return `${context.modelId} is not an anthropic/* model`;
  return undefined;
}

function stripAllMarkers(body: Request, reason: string, context: RequestPolicyContext): ReturnType<RequestPolicy> {
  const warnings: CoreWarning[] = [];
  const markers = findMarkers(body.messages);
  if (markers.length > 0) {
    warnings.push({
      type: 'other',
      message: `${markers.length} cache marker${markers.length === 1 ? ' was' : 's were'} not sent: cache_control goes only to anthropic/* models on https://openrouter.ai, and ${reason}.`,
    });
  }
  const explicitRetention = context.callOptions.cacheRetention ?? context.modelOptions.cacheRetention;
  if (explicitRetention !== undefined && explicitRetention !== 'none') {
    warnings.push({
      type: 'other',
      message: `cacheRetention "${explicitRetention}" has no effect here: prompt-cache markers go only to anthropic/* models on https://openrouter.ai, and ${reason}.`,
    });
  }
  if (markers.length === 0) return { body, warnings };
  return { body: { ...body, messages: removeMarkers(body.messages, markers) }, warnings };
}

/** Every text part carrying a marker, in prompt order. */
function findMarkers(messages: Message[]): MarkerAt[] {
  const found: MarkerAt[] = [];
  messages.forEach((message, messageIndex) => {
    const content = message.content as unknown;
    if (!Array.isArray(content)) return;
    (content as Part[]).forEach((part, partIndex) => {
      if (part.type === 'text' && part.cache_control != null) found.push({ message: messageIndex, part: partIndex });
    });
  });
  return found;
}

/** Copies of the touched messages without the markers; a lone text part goes back to a plain string. */
function removeMarkers(messages: Message[], markers: MarkerAt[]): Message[] {
  const out = messages.slice();
  for (const index of new Set(markers.map((at) => at.message))) {
    const parts = (out[index].content as unknown as Part[]).map((part, partIndex) => {
      if (part.type !== 'text' || !markers.some((at) => at.message === index && at.part === partIndex)) return part;
      const { cache_control: _removed, ...plain } = part;
      return plain;
    });
    out[index] = { ...out[index], content: asContent(parts) } as Message;
  }
  return out;
}

function asContent(parts: Part[]): string | Part[] {
  const only = parts.length === 1 ? parts[0] : undefined;
  return only?.type === 'text' && only.cache_control === undefined ? only.text : parts;
}

/**
 * Marks the last text block of the system prompt: the system/developer
 * messages that open the conversation, so the marker caches all of them.
 */
function markSystemPrompt(messages: Message[], retention: Exclude<CacheRetention, 'none'>): Message[] {
  let last = -1;
  while (last + 1 < messages.length && isSystemPrompt(messages[last + 1])) last++;
  if (last === -1) return messages;

  const marker: CacheControl = retention === 'long' ? { type: 'ephemeral', ttl: '1h' } : { type: 'ephemeral' };
  const message = messages[last];
  const content = message.content as string | Part[];
  let parts: Part[];
  if (typeof content === 'string') {
    if (content === '') return messages;
    parts = [{ type: 'text', text: content, cache_control: marker }];
  } else {
    const target = findLastIndex(content, (part) => part.type === 'text');
    if (target === -1 || (content[target] as { cache_control?: unknown }).cache_control != null) return messages;
    parts = content.map((part, index) => (index === target ? { ...(part as Extract<Part, { type: 'text' }>), cache_control: marker } : part));
  }
  const out = messages.slice();
  out[last] = { ...message, content: parts } as Message;
  return out;
}

function isSystemPrompt(message: Message): boolean {
  const role = (message as { role: string }).role;
  return role === 'system' || role === 'developer';
}

function findLastIndex<T>(items: T[], predicate: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (predicate(items[i])) return i;
  return -1;
}
