import type { CoreWarning } from '../../model-io/result-types';
import type { OpenRouterContentPart, OpenRouterMessage } from '../../wire/openrouter-wire-types';
import type { CacheRetention } from './cache-retention';
import { automaticMarker, markConversation, markLastTool, markSystemPrompt, resolveCacheBreakpoints } from './cache-breakpoints';
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
 * Prompt-cache markers (`cache_control`):
 * - the caller's own markers (per message or part) go to any host and model, in prompt order up
 *   to 4 breakpoints, counting a top-level `cache_control`; the rest are removed with a warning;
 * - automatic markers (`cacheBreakpoints`, default `['system']`) fill the breakpoints left, on
 *   verified OpenRouter routes only, for Anthropic and Gemini ids, or for any model when
 *   `cacheBreakpoints` is set; never on a spot the caller marked, and none with retention `none`.
 */
export const anthropicCachePolicy: RequestPolicy = (body, context) => {
  const warnings: CoreWarning[] = [];
  const topLevel = body.cache_control != null;
  const budget = MAX_CACHE_BREAKPOINTS - (topLevel ? 1 : 0);
  const markers = findMarkers(body.messages);
  let messages = body.messages;
  const excess = markers.slice(Math.max(budget, 0));
  if (excess.length > 0) {
    messages = removeMarkers(messages, excess);
    for (const at of excess) {
      warnings.push({
        type: 'other',
        message: `The cache marker on message ${at.message + 1} (${messages[at.message].role}) was not sent: Anthropic allows at most ${MAX_CACHE_BREAKPOINTS} cache breakpoints per request${topLevel ? ' (the top-level cache_control uses one)' : ''}, and the earlier markers use them.`,
      });
    }
  }
  const out = { ...body, messages };
  const free = budget - (markers.length - excess.length);
  const automatic = addAutomaticMarkers(out, context, free, warnings);
  if (!automatic && messages === body.messages) return { body, warnings };
  return { body: out, warnings };
};

/** Adds the automatic markers into `body` (a copy); true when one was added. */
function addAutomaticMarkers(body: Request, context: RequestPolicyContext, free: number, warnings: CoreWarning[]): boolean {
  const { breakpoints, explicit } = resolveCacheBreakpoints(context);
  const retention = resolveCacheRetention(context);
  const refusal = ineligibility(context, explicit);
  if (refusal !== undefined) {
    warnings.push(...ineffectiveSettings(context, refusal));
    return false;
  }
  if (retention === 'none' || breakpoints.length === 0) return false;
  const marker = automaticMarker(retention);
  let left = free;
  let added = false;
  for (const breakpoint of breakpoints) {
    const placed = breakpoint === 'tools' ? markLastTool(body.tools, marker) : (breakpoint === 'system' ? markSystemPrompt : markConversation)(body.messages, marker);
    if (placed.kind === 'already') continue;
    if (placed.kind === 'nothing') {
      if (explicit) warnings.push({ type: 'other', message: `No "${breakpoint}" cache marker was added: ${placed.why}.` });
      continue;
    }
    if (left <= 0) {
      // The default system marker quietly gives way to the caller's own markers.
      if (explicit) {
        warnings.push({
          type: 'other',
          message: `The automatic "${breakpoint}" cache marker was not sent: at most ${MAX_CACHE_BREAKPOINTS} cache breakpoints fit in a request, and your own markers and the earlier cacheBreakpoints use them.`,
        });
      }
      continue;
    }
    if (breakpoint === 'tools') body.tools = placed.value as unknown[];
    else body.messages = placed.value as Message[];
    left--;
    added = true;
  }
  return added;
}

export function resolveCacheRetention(context: RequestPolicyContext): CacheRetention {
  return context.callOptions.cacheRetention ?? context.modelOptions.cacheRetention ?? context.providerOptions.cacheRetention ?? 'short';
}

/** Why no automatic marker goes to this request; undefined when they may. */
function ineligibility(context: RequestPolicyContext, explicitBreakpoints: boolean): string | undefined {
  if (!context.isVerifiedRoute) return 'the base URL is not a verified https://openrouter.ai route';
  if (explicitBreakpoints || cachesByMarker(context.modelId)) return undefined;
  return `${context.modelId} is neither an anthropic/* nor a Gemini model (list cacheBreakpoints to mark it anyway)`;
}

/** Anthropic and Gemini models cache only what a marker delimits; others cache on their own. */
function cachesByMarker(modelId: string): boolean {
  const id = modelId.toLowerCase().replace(/^~/, '');
  return id.startsWith('anthropic/') || id.includes('gemini');
}

/** A model- or call-level setting that cannot apply is reported; a provider-wide one applies to other models. */
function ineffectiveSettings(context: RequestPolicyContext, reason: string): CoreWarning[] {
  const warnings: CoreWarning[] = [];
  const scope = 'automatic prompt-cache markers go only to anthropic/* and Gemini models on https://openrouter.ai (or to any model there that lists cacheBreakpoints)';
  const retention = context.callOptions.cacheRetention ?? context.modelOptions.cacheRetention;
  if (retention !== undefined && retention !== 'none') {
    warnings.push({ type: 'other', message: `cacheRetention "${retention}" has no effect here: ${scope}, and ${reason}.` });
  }
  const breakpoints = context.callOptions.cacheBreakpoints ?? context.modelOptions.cacheBreakpoints;
  if (breakpoints !== undefined && breakpoints.length > 0) {
    warnings.push({
      type: 'other',
      message: `cacheBreakpoints has no effect here: ${scope}, and ${reason}. Your own cacheControl markers are still sent.`,
    });
  }
  return warnings;
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
