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
    ['a proxy', context({ isVerifiedRoute: false })],
    ['another vendor', context({ modelId: 'openai/gpt-5' })],
  ])('on %s sends the caller markers as written and adds none', (_label, ctx) => {
    const prompt = body([{ role: 'system', content: 'S' }, userMarked('Doc'), { role: 'user', content: [{ type: 'text', text: 'a' }, marked('b')] }]);
    const result = anthropicCachePolicy(prompt, ctx);
    expect(result.body).toBe(prompt);
    expect(result.warnings).toEqual([]);
  });

  it('caps the caller markers at 4 on a proxy too', () => {
    const five = body([userMarked('1'), userMarked('2'), userMarked('3'), userMarked('4'), userMarked('5')]);
    const result = anthropicCachePolicy(five, context({ isVerifiedRoute: false }));
    expect(result.body.messages).toEqual([userMarked('1'), userMarked('2'), userMarked('3'), userMarked('4'), { role: 'user', content: '5' }]);
    expect(result.warnings).toHaveLength(1);
  });

  it('marks Gemini system prompts like Anthropic ones', () => {
    const prompt = { ...body([{ role: 'system', content: 'S' }]), model: 'google/gemini-2.5-pro' };
    expect(anthropicCachePolicy(prompt, context({ modelId: 'google/gemini-2.5-pro' })).body.messages[0]).toEqual({ role: 'system', content: [marked('S')] });
  });

  it('warns about a model or call cacheRetention or cacheBreakpoints that cannot apply, not a provider-wide one', () => {
    const prompt = body([{ role: 'system', content: 'S' }]);
    expect(anthropicCachePolicy(prompt, context({ modelId: 'openai/gpt-5', providerOptions: { cacheRetention: 'long' } }))).toEqual({ body: prompt, warnings: [] });
    expect(anthropicCachePolicy(prompt, context({ modelId: 'openai/gpt-5', callOptions: { cacheRetention: 'long' } })).warnings).toEqual([
      {
        type: 'other',
        message:
          'cacheRetention "long" has no effect here: automatic prompt-cache markers go only to anthropic/* and Gemini models on https://openrouter.ai (or to any model there that lists cacheBreakpoints), and openai/gpt-5 is neither an anthropic/* nor a Gemini model (list cacheBreakpoints to mark it anyway).',
      },
    ]);
    expect(anthropicCachePolicy(prompt, context({ isVerifiedRoute: false, modelOptions: { cacheBreakpoints: ['conversation'] } })).warnings).toEqual([
      {
        type: 'other',
        message:
          'cacheBreakpoints has no effect here: automatic prompt-cache markers go only to anthropic/* and Gemini models on https://openrouter.ai (or to any model there that lists cacheBreakpoints), and the base URL is not a verified https://openrouter.ai route. Your own cacheControl markers are still sent.',
      },
    ]);
  });
});

describe('cache breakpoints', () => {
  const tool = (name: string) => ({ type: 'function', function: { name, parameters: { type: 'object' } } });
  const loop = (extra: Record<string, unknown> = {}) =>
    body(
      [
        { role: 'system', content: 'S' },
        { role: 'user', content: 'Weather?' },
        { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'w', arguments: '{}' } }] },
        { role: 'tool', tool_call_id: 'c1', content: 'sunny' },
      ],
      { tools: [tool('w'), { type: 'openrouter:web_search' }], ...extra },
    );

  it('marks the system prompt, the last function tool and the final message, in the TTL of the retention', () => {
    const result = anthropicCachePolicy(loop(), context({ callOptions: { cacheBreakpoints: ['system', 'tools', 'conversation'], cacheRetention: 'long' } }));
    const long = { type: 'ephemeral', ttl: '1h' } as const;
    expect(result.body.messages).toEqual([
      { role: 'system', content: [marked('S', long)] },
      { role: 'user', content: 'Weather?' },
      { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'w', arguments: '{}' } }] },
      { role: 'tool', tool_call_id: 'c1', content: [marked('sunny', long)] },
    ]);
    expect(result.body.tools).toEqual([{ ...tool('w'), cache_control: long }, { type: 'openrouter:web_search' }]);
    expect(result.warnings).toEqual([]);
  });

  it('applies to any model when listed, and the call list replaces the model and provider lists', () => {
    const ctx = context({
      modelId: 'openai/gpt-5',
      providerOptions: { cacheBreakpoints: ['tools'] },
      modelOptions: { cacheBreakpoints: ['system'] },
      callOptions: { cacheBreakpoints: ['conversation'] },
    });
    const result = anthropicCachePolicy(loop(), ctx);
    expect(result.body.messages[0]).toEqual({ role: 'system', content: 'S' });
    expect(result.body.messages[3]).toEqual({ role: 'tool', tool_call_id: 'c1', content: [marked('sunny')] });
    expect(result.body.tools).toEqual(loop().tools);
  });

  it('an empty list adds no marker', () => {
    const prompt = loop();
    expect(anthropicCachePolicy(prompt, context({ modelOptions: { cacheBreakpoints: [] } }))).toEqual({ body: prompt, warnings: [] });
  });

  it('counts the caller markers first and warns for each listed breakpoint that does not fit', () => {
    const prompt = body([{ role: 'system', content: 'S' }, userMarked('1'), userMarked('2'), userMarked('3'), { role: 'user', content: 'last' }]);
    const result = anthropicCachePolicy(prompt, context({ callOptions: { cacheBreakpoints: ['conversation', 'system'] } }));
    expect(result.body.messages[4]).toEqual({ role: 'user', content: [marked('last')] });
    expect(result.body.messages[0]).toEqual({ role: 'system', content: 'S' });
    expect(result.warnings).toEqual([
      {
        type: 'other',
        message:
          'The automatic "system" cache marker was not sent: at most 4 cache breakpoints fit in a request, and your own markers and the earlier cacheBreakpoints use them.',
      },
    ]);
  });

  it('says when a listed breakpoint has nowhere to go, and skips a spot the caller marked', () => {
    const prompt = body([{ role: 'user', content: [marked('Q')] }]);
    const result = anthropicCachePolicy(prompt, context({ callOptions: { cacheBreakpoints: ['system', 'tools', 'conversation'] } }));
    expect(result.body).toBe(prompt);
    expect(result.warnings).toEqual([
      { type: 'other', message: 'No "system" cache marker was added: the prompt has no system message.' },
      { type: 'other', message: 'No "tools" cache marker was added: the request has no function tool.' },
    ]);
  });
});
