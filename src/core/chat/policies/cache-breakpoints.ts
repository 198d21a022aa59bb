import type { CacheControl, OpenRouterContentPart, OpenRouterMessage } from '../../wire/openrouter-wire-types';
import { DEFAULT_CACHE_BREAKPOINTS, type CacheBreakpoint } from './cache-breakpoint-names';
import type { CacheRetention } from './cache-retention';
import type { RequestPolicyContext } from './policy-types';

type Message = OpenRouterMessage;
type Part = OpenRouterContentPart;
type TextPart = Extract<Part, { type: 'text' }>;

/** Where automatic markers go: the call's list, else the model's, else the provider's, else `['system']`. */
export function resolveCacheBreakpoints(context: RequestPolicyContext): { breakpoints: readonly CacheBreakpoint[]; explicit: boolean } {
  const set = context.callOptions.cacheBreakpoints ?? context.modelOptions.cacheBreakpoints ?? context.providerOptions.cacheBreakpoints;
  return set === undefined ? { breakpoints: DEFAULT_CACHE_BREAKPOINTS, explicit: false } : { breakpoints: [...new Set(set)], explicit: true };
}

export function automaticMarker(retention: Exclude<CacheRetention, 'none'>): CacheControl {
  return retention === 'long' ? { type: 'ephemeral', ttl: '1h' } : { type: 'ephemeral' };
}

/**
 * Placing one automatic marker: the new messages or tools; `already` when the caller marked that
 * spot (nothing to add, nothing to warn); `nothing` (with why) when the request has no such spot.
 */
export type Placement<T> = { kind: 'placed'; value: T } | { kind: 'already' } | { kind: 'nothing'; why: string };

/** The last text block of the system/developer messages that open the conversation, so it caches all of them. */
export function markSystemPrompt(messages: Message[], marker: CacheControl): Placement<Message[]> {
  let last = -1;
  while (last + 1 < messages.length && isSystemPrompt(messages[last + 1])) last++;
  if (last === -1) return { kind: 'nothing', why: 'the prompt has no system message' };
  return markLastText(messages, last, marker, 'the system prompt has no text');
}

/** The last text part of the final message: the whole conversation so far becomes the cached prefix. */
export function markConversation(messages: Message[], marker: CacheControl): Placement<Message[]> {
  if (messages.length === 0) return { kind: 'nothing', why: 'the prompt is empty' };
  return markLastText(messages, messages.length - 1, marker, 'the final message has no text (OpenRouter takes cache_control on text parts only)');
}

/** The last function tool: OpenRouter's schema takes `cache_control` on function tools, not on server tools. */
export function markLastTool(tools: unknown, marker: CacheControl): Placement<unknown[]> {
  const list = Array.isArray(tools) ? tools : [];
  for (let index = list.length - 1; index >= 0; index--) {
    const tool = list[index] as { type?: unknown; cache_control?: unknown };
    if (tool?.type !== 'function') continue;
    if (tool.cache_control != null) return { kind: 'already' };
    const out = list.slice();
    out[index] = { ...tool, cache_control: marker };
    return { kind: 'placed', value: out };
  }
  return { kind: 'nothing', why: 'the request has no function tool' };
}

function markLastText(messages: Message[], index: number, marker: CacheControl, noText: string): Placement<Message[]> {
  const message = messages[index];
  const content = message.content as string | Part[] | null;
  let parts: Part[];
  if (typeof content === 'string') {
    if (content === '') return { kind: 'nothing', why: noText };
    parts = [{ type: 'text', text: content, cache_control: marker }];
  } else if (Array.isArray(content)) {
    const target = findLastIndex(content, (part) => part.type === 'text');
    if (target === -1) return { kind: 'nothing', why: noText };
    if ((content[target] as TextPart).cache_control != null) return { kind: 'already' };
    parts = content.map((part, at) => (at === target ? { ...(part as TextPart), cache_control: marker } : part));
  } else {
    return { kind: 'nothing', why: noText };
  }
  const out = messages.slice();
  out[index] = { ...message, content: parts } as Message;
  return { kind: 'placed', value: out };
}

function isSystemPrompt(message: Message): boolean {
  const role = (message as { role: string }).role;
  return role === 'system' || role === 'developer';
}

function findLastIndex<T>(items: T[], predicate: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (predicate(items[i])) return i;
  return -1;
}
