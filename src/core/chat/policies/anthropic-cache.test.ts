import { describe, expect, it } from 'vitest';
import { policyContext } from '../../../../test/helpers/policy-context';
import type { OpenRouterOptions } from '../chat-options';
import type { CacheControl, OpenRouterChatRequest, OpenRouterMessage } from '../../wire/openrouter-wire-types';
import { anthropicCachePolicy } from './anthropic-cache';
import type { RequestPolicyContext } from './index';

const MODEL = 'anthropic/claude-sonnet-4.5';
const EPHEMERAL = { type: 'ephemeral' } as const;

const body = (messages: OpenRouterMessage[], extra: Record<string, unknown> = {}): OpenRouterChatRequest => ({
  model: MODEL,
  messages,
  ...extra,
});

const context = (overrides: Partial<RequestPolicyContext> = {}) => policyContext(MODEL, overrides);

const marked = (text: string, cache_control: CacheControl = EPHEMERAL) => ({ type: 'text' as const, text, cache_control });
const userMarked = (text: string): OpenRouterMessage => ({ role: 'user', content: [marked(text) as never] });

describe('anthropic cache policy', () => {
  it('marks a string system prompt', () => {
    const result = anthropicCachePolicy(
      body([
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Hi' },
      ]),
      context(),
    );
    expect(result.body.messages).toEqual([
      { role: 'system', content: [marked('Be brief.')] },
      { role: 'user', content: 'Hi' },
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('marks the last text block of the last leading system or developer message', () => {
    const messages = [
      { role: 'system', content: 'Rules.' },
      {
        role: 'developer',
        content: [
          { type: 'text', text: 'A' },
          { type: 'text', text: 'B' },
        ],
      },
      { role: 'user', content: 'Hi' },
      { role: 'system', content: 'Later system note.' },
    ] as unknown as OpenRouterMessage[];
    const result = anthropicCachePolicy(body(messages), context());
    expect(result.body.messages).toEqual([
      { role: 'system', content: 'Rules.' },
      { role: 'developer', content: [{ type: 'text', text: 'A' }, marked('B')] },
      { role: 'user', content: 'Hi' },
      { role: 'system', content: 'Later system note.' },
    ]);
    expect(messages[1]).toEqual({
      role: 'developer',
      content: [
        { type: 'text', text: 'A' },
        { type: 'text', text: 'B' },
      ],
    });
  });

  it('adds a 1h ttl for long retention; none sends no automatic marker; the call wins', () => {
    const prompt = body([{ role: 'system', content: 'S' }]);
    const long: OpenRouterOptions = { cacheRetention: 'long' };
    expect(anthropicCachePolicy(prompt, context({ providerOptions: long })).body.messages[0]).toEqual({
      role: 'system',
      content: [marked('S', { type: 'ephemeral', ttl: '1h' })],
    });
    expect(anthropicCachePolicy(prompt, context({ modelOptions: { cacheRetention: 'none' } })).body).toBe(prompt);
    expect(anthropicCachePolicy(prompt, context({ modelOptions: { cacheRetention: 'none' }, callOptions: { cacheRetention: 'short' } })).body.messages[0]).toEqual({
      role: 'system',
      content: [marked('S')],
    });
  });

  it('keeps caller markers with retention none', () => {
    const prompt = body([{ role: 'system', content: 'S' }, userMarked('Doc')]);
    expect(anthropicCachePolicy(prompt, context({ callOptions: { cacheRetention: 'none' } })).body).toBe(prompt);
  });

  it('does not add a second marker to a system block the caller marked', () => {
    const prompt = body([{ role: 'system', content: [marked('S', { type: 'ephemeral', ttl: '5m' })] }]);
    expect(anthropicCachePolicy(prompt, context({ callOptions: { cacheRetention: 'long' } })).body).toBe(prompt);
  });

  it('adds the automatic marker only while breakpoints remain', () => {
    const three = [userMarked('1'), userMarked('2'), userMarked('3')];
    const withRoom = anthropicCachePolicy(body([{ role: 'system', content: 'S' }, ...three]), context());
    expect(withRoom.body.messages[0]).toEqual({ role: 'system', content: [marked('S')] });

    const full = body([{ role: 'system', content: 'S' }, ...three, userMarked('4')]);
    const result = anthropicCachePolicy(full, context());
    expect(result.body).toBe(full);
    expect(result.warnings).toEqual([]);
  });

  it('removes a fifth caller marker with a warning', () => {
    const five = body([userMarked('1'), userMarked('2'), userMarked('3'), userMarked('4'), userMarked('5')]);
    const result = anthropicCachePolicy(five, context());
    expect(result.body.messages).toEqual([userMarked('1'), userMarked('2'), userMarked('3'), userMarked('4'), { role: 'user', content: '5' }]);
    expect(result.warnings).toEqual([
      {
        type: 'other',
        message: 'The cache marker on message 5 (user) was not sent: Anthropic allows at most 4 cache breakpoints per request, and the earlier markers use them.',
      },
    ]);
    expect(five.messages[4]).toEqual(userMarked('5'));
  });

  it('counts a top-level cache_control as a breakpoint', () => {
    const prompt = body([{ role: 'system', content: 'S' }, userMarked('1'), userMarked('2'), userMarked('3'), userMarked('4')], {
      cache_control: EPHEMERAL,
    });
    const result = anthropicCachePolicy(prompt, context());
    expect(result.body.messages).toEqual([{ role: 'system', content: 'S' }, userMarked('1'), userMarked('2'), userMarked('3'), { role: 'user', content: '4' }]);
    expect(result.body.cache_control).toEqual(EPHEMERAL);
    expect(result.warnings).toHaveLength(1);
  });

  it.each([
    ['a proxy', context({ isVerifiedRoute: false }), 'the base URL is not a verified https://openrouter.ai route'],
    ['another vendor', context({ modelId: 'openai/gpt-5' }), 'openai/gpt-5 is not an anthropic/* model'],
  ])('on %s sends no markers and removes the caller ones with a warning', (_label, ctx, reason) => {
    const prompt = body([{ role: 'system', content: 'S' }, userMarked('Doc'), { role: 'user', content: [{ type: 'text', text: 'a' }, marked('b')] }]);
    const result = anthropicCachePolicy(prompt, ctx);
    expect(result.body.messages).toEqual([
      { role: 'system', content: 'S' },
      { role: 'user', content: 'Doc' },
      {
        role: 'user',
        content: [
          { type: 'text', text: 'a' },
          { type: 'text', text: 'b' },
        ],
      },
    ]);
    expect(result.warnings).toEqual([
      { type: 'other', message: `2 cache markers were not sent: cache_control goes only to anthropic/* models on https://openrouter.ai, and ${reason}.` },
    ]);
  });

  it('warns about a model or call cacheRetention that cannot apply, not a provider-wide one', () => {
    const prompt = body([{ role: 'system', content: 'S' }]);
    expect(anthropicCachePolicy(prompt, context({ modelId: 'openai/gpt-5', providerOptions: { cacheRetention: 'long' } }))).toEqual({ body: prompt, warnings: [] });
    expect(anthropicCachePolicy(prompt, context({ modelId: 'openai/gpt-5', callOptions: { cacheRetention: 'long' } })).warnings).toEqual([
      {
        type: 'other',
        message:
          'cacheRetention "long" has no effect here: prompt-cache markers go only to anthropic/* models on https://openrouter.ai, and openai/gpt-5 is not an anthropic/* model.',
      },
    ]);
  });
});
