import { InvalidArgumentError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { policyContext } from '../../../../test/helpers/policy-context';
import { parseOpenRouterOptions, type OpenRouterOptions } from '../chat-options';
import type { OpenRouterChatRequest } from '../../wire/openrouter-wire-types';
import type { RequestPolicyContext } from './index';
import { normalizeThinkingLevel, thinkingPolicy, thinkingSkipReason } from './thinking';

const body = (extra: Record<string, unknown> = {}): OpenRouterChatRequest => ({
  model: 'anthropic/claude-sonnet-4.5',
  messages: [{ role: 'user', content: 'Hi' }],
  ...extra,
});

/** `reasoning` is AI SDK 7's top-level reasoning call option. */
function context({ reasoning, ...overrides }: Partial<RequestPolicyContext> & { reasoning?: string } = {}): RequestPolicyContext {
  const call = { prompt: [], ...(reasoning !== undefined ? { reasoning } : {}) } as RequestPolicyContext['call'];
  return policyContext('anthropic/claude-sonnet-4.5', { call, ...overrides });
}

const call = (options: Record<string, unknown>): OpenRouterOptions => parseOpenRouterOptions(options, 'providerOptions.openrouter');

describe('thinking policy', () => {
  it.each([
    ['minimal', 'minimal'],
    ['low', 'low'],
    ['medium', 'medium'],
    ['high', 'high'],
    ['xhigh', 'xhigh'],
    ['adaptive', 'medium'],
    ['max', 'xhigh'],
    ['x-high', 'xhigh'],
    ['x_high', 'xhigh'],
    ['extra-high', 'xhigh'],
    ['extra high', 'xhigh'],
    ['extra_high', 'xhigh'],
    ['highest', 'high'],
    ['  Extra High ', 'xhigh'],
  ])('maps %j to reasoning.effort %j', (level, effort) => {
    const result = thinkingPolicy(body(), context({ callOptions: call({ thinking: level }) }));
    expect(result.body).toEqual(body({ reasoning: { effort } }));
    expect(result.warnings).toEqual([]);
  });

  it('sends no reasoning request for off', () => {
    const result = thinkingPolicy(body(), context({ callOptions: call({ thinking: 'off' }) }));
    expect(result.body).toEqual(body());
  });

  it('takes the call over the model over the provider', () => {
    const layers = { providerOptions: call({ thinking: 'low' }), modelOptions: call({ thinking: 'medium' }) };
    expect(thinkingPolicy(body(), context(layers)).body.reasoning).toEqual({ effort: 'medium' });
    expect(thinkingPolicy(body(), context({ ...layers, callOptions: call({ thinking: 'high' }) })).body.reasoning).toEqual({ effort: 'high' });
    expect(thinkingPolicy(body(), context({ providerOptions: call({ thinking: 'low' }) })).body.reasoning).toEqual({ effort: 'low' });
  });

  it('leaves an explicit reasoning effort or budget alone', () => {
    const withEffort = body({ reasoning: { effort: 'low' } });
    expect(thinkingPolicy(withEffort, context({ callOptions: call({ thinking: 'high' }) })).body).toBe(withEffort);
    const withBudget = body({ reasoning: { max_tokens: 2048 } });
    expect(thinkingPolicy(withBudget, context({ callOptions: call({ thinking: 'high' }) })).body).toBe(withBudget);
  });

  it('adds the effort to an explicit reasoning object without one, copying it', () => {
    const explicit = { exclude: true };
    const input = body({ reasoning: explicit });
    const result = thinkingPolicy(input, context({ callOptions: call({ thinking: 'high' }) }));
    expect(result.body).toEqual(body({ reasoning: { exclude: true, effort: 'high' } }));
    expect(explicit).toEqual({ exclude: true });
    expect(input.reasoning).toBe(explicit);
  });

  it.each([
    ['openrouter/auto', 'openrouter/auto picks the model per request, and not every pick accepts reasoning.effort'],
    ['x-ai/grok-4', 'Grok models (x-ai/*) reject reasoning.effort'],
    ['openrouter/hunter-alpha', 'openrouter/hunter-alpha can return its final answer in the reasoning fields'],
    ['openrouter/hunter-alpha:free', 'openrouter/hunter-alpha can return its final answer in the reasoning fields'],
  ])('skips %s with a warning', (modelId, reason) => {
    const result = thinkingPolicy(body({ model: modelId }), context({ modelId, callOptions: call({ thinking: 'high' }) }));
    expect(result.body).toEqual(body({ model: modelId }));
    expect(result.warnings).toEqual([
      {
        type: 'other',
        message: `providerOptions.openrouter.thinking "high" was not sent to ${modelId}: ${reason}. The request goes without a reasoning effort.`,
      },
    ]);
  });

  it('does not skip look-alike ids', () => {
    expect(thinkingSkipReason('openrouter/healer-alpha')).toBeUndefined();
    expect(thinkingSkipReason('x-ai-fan/model')).toBeUndefined();
    expect(thinkingSkipReason('openrouter/autopilot')).toBeUndefined();
  });

  it('honours the AI SDK 7 reasoning call option below providerOptions.openrouter.thinking', () => {
    expect(thinkingPolicy(body(), context({ reasoning: 'high' })).body.reasoning).toEqual({ effort: 'high' });
    expect(thinkingPolicy(body(), context({ reasoning: 'max' })).body.reasoning).toEqual({ effort: 'xhigh' });
    expect(thinkingPolicy(body(), context({ reasoning: 'none', modelOptions: call({ thinking: 'high' }) })).body).toEqual(body());
    expect(thinkingPolicy(body(), context({ reasoning: 'provider-default', modelOptions: call({ thinking: 'low' }) })).body.reasoning).toEqual({ effort: 'low' });
    expect(thinkingPolicy(body(), context({ reasoning: 'low', callOptions: call({ thinking: 'high' }) })).body.reasoning).toEqual({ effort: 'high' });
  });

  it('warns about an AI SDK reasoning value it does not know and falls back to the settings', () => {
    const result = thinkingPolicy(body(), context({ reasoning: 'ultra', modelOptions: call({ thinking: 'low' }) }));
    expect(result.body.reasoning).toEqual({ effort: 'low' });
    expect(result.warnings).toEqual([
      {
        type: 'other',
        message:
          'The reasoning call option "ultra" is not one this provider knows (provider-default, none, minimal, low, medium, high, xhigh, max); the model and provider thinking settings apply instead.',
      },
    ]);
  });

  it('turns a top-level reasoning_effort into reasoning.effort', () => {
    expect(thinkingPolicy(body({ reasoning_effort: 'low' }), context()).body).toEqual(body({ reasoning: { effort: 'low' } }));
    const conflicting = thinkingPolicy(body({ reasoning_effort: 'low', reasoning: { max_tokens: 100 } }), context());
    expect(conflicting.body).toEqual(body({ reasoning: { max_tokens: 100 } }));
    expect(conflicting.warnings).toEqual([
      {
        type: 'other',
        message: `reasoning_effort "low" was not sent: the request's reasoning object already sets max_tokens. Set reasoning.effort instead.`,
      },
    ]);
  });

  it('rejects an unknown level, listing the levels and aliases', () => {
    const attempt = () => call({ thinking: 'ultra' });
    expect(attempt).toThrow(InvalidArgumentError);
    expect(attempt).toThrow(
      'Invalid providerOptions.openrouter.thinking: "ultra" is not a thinking level. Use one of: off, minimal, low, medium, high, xhigh, adaptive, max (aliases: "x-high" -> xhigh, "x_high" -> xhigh, "extra-high" -> xhigh, "extra high" -> xhigh, "extra_high" -> xhigh, "highest" -> high).',
    );
  });

  it('normalizes aliases', () => {
    expect(normalizeThinkingLevel('highest')).toBe('high');
    expect(normalizeThinkingLevel('adaptive')).toBe('adaptive');
  });
});
