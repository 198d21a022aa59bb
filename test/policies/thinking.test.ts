import { InvalidArgumentError } from '@ai-sdk/provider';
import { generateText as generateTextV7 } from 'ai-v7';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../helpers/emulator';
import { callWith, routers } from './support';
import { generateText, createOpenClawRouter, lane } from '../helpers/surface';

const server = useEmulator();
const { proxy, sentBody } = routers(server);

const HI_MESSAGES = [{ role: 'user', content: 'Hi' }];
const MODEL = 'anthropic/claude-sonnet-4.5';

describe('thinking levels -> reasoning.effort', () => {
  it('sends the provider level, replaced by the model level, replaced by the call level', async () => {
    const router = proxy({ thinking: 'low' });
    await router(MODEL).doGenerate(callWith());
    expect(sentBody()).toEqual({ model: MODEL, messages: HI_MESSAGES, reasoning: { effort: 'low' } });

    await router(MODEL, { thinking: 'adaptive' }).doGenerate(callWith());
    expect(sentBody()).toEqual({ model: MODEL, messages: HI_MESSAGES, reasoning: { effort: 'medium' } });

    await router(MODEL, { thinking: 'adaptive' }).doGenerate(callWith({ providerOptions: { openrouter: { thinking: 'max' } } }));
    expect(sentBody()).toEqual({ model: MODEL, messages: HI_MESSAGES, reasoning: { effort: 'xhigh' } });
  });

  it('sends no reasoning request for off', async () => {
    const result = await proxy({ thinking: 'high' })(MODEL).doGenerate(callWith({ providerOptions: { openrouter: { thinking: 'off' } } }));
    expect(sentBody()).toEqual({ model: MODEL, messages: HI_MESSAGES });
    expect(result.warnings).toEqual([]);
  });

  it('accepts aliases through generateText', async () => {
    await generateText({
      model: proxy()(MODEL),
      prompt: 'Hi',
      providerOptions: { openrouter: { thinking: 'Extra High' } },
    });
    expect(sentBody()).toEqual({ model: MODEL, messages: HI_MESSAGES, reasoning: { effort: 'xhigh' } });
  });

  it('adds the effort to an explicit reasoning object that has none', async () => {
    await proxy({ thinking: 'high' })(MODEL, { reasoning: { exclude: true, summary: 'concise' } }).doGenerate(callWith());
    expect(sentBody()).toEqual({
      model: MODEL,
      messages: HI_MESSAGES,
      reasoning: { exclude: true, summary: 'concise', effort: 'high' },
    });
  });

  it('leaves an explicit effort or max_tokens alone', async () => {
    const model = proxy({ thinking: 'high' })(MODEL);
    await model.doGenerate(callWith({ providerOptions: { openrouter: { reasoning: { effort: 'minimal' } } } }));
    expect(sentBody()).toEqual({ model: MODEL, messages: HI_MESSAGES, reasoning: { effort: 'minimal' } });
    await model.doGenerate(callWith({ providerOptions: { openrouter: { reasoning: { max_tokens: 4096 } } } }));
    expect(sentBody()).toEqual({ model: MODEL, messages: HI_MESSAGES, reasoning: { max_tokens: 4096 } });
  });

  it.each([
    ['openrouter/auto', 'openrouter/auto picks the model per request, and not every pick accepts reasoning.effort'],
    ['x-ai/grok-4', 'Grok models (x-ai/*) reject reasoning.effort'],
    ['openrouter/hunter-alpha', 'openrouter/hunter-alpha can return its final answer in the reasoning fields'],
  ])('sends no reasoning to %s and warns', async (modelId, reason) => {
    const result = await generateText({
      model: proxy()(modelId, { thinking: 'high' }),
      prompt: 'Hi',
    });
    expect(sentBody()).toEqual({ model: modelId, messages: HI_MESSAGES });
    expect(result.warnings).toEqual([{ type: 'other', message: `thinking "high" was not sent to ${modelId}: ${reason}. The request goes without a reasoning effort.` }]);
  });

  it('never sends a top-level reasoning_effort', async () => {
    await proxy()(MODEL).doGenerate(callWith({ providerOptions: { openrouter: { reasoning_effort: 'low' } } }));
    expect(sentBody()).toEqual({ model: MODEL, messages: HI_MESSAGES, reasoning: { effort: 'low' } });
  });

  it('rejects an unknown level, listing the valid ones', async () => {
    const levels =
      'Use one of: off, minimal, low, medium, high, xhigh, adaptive, max (aliases: "x-high" -> xhigh, "x_high" -> xhigh, "extra-high" -> xhigh, "extra high" -> xhigh, "extra_high" -> xhigh, "highest" -> high).';
    const call = proxy()(MODEL).doGenerate(callWith({ providerOptions: { openrouter: { thinking: 'turbo' } } }));
    await expect(call).rejects.toThrow(InvalidArgumentError);
    await expect(call).rejects.toThrow(`Invalid providerOptions.openrouter.thinking: "turbo" is not a thinking level. ${levels}`);
    expect(() => createOpenClawRouter({ thinking: 'ultra' as never })).toThrow(`Invalid settings.thinking: "ultra" is not a thinking level. ${levels}`);
    expect(() => proxy()(MODEL, { thinking: 3 as never })).toThrow(`Invalid modelSettings.thinking: 3 is not a thinking level. ${levels}`);
    expect(server.emulator.requests).toEqual([]);
  });
});

/**
 * AI SDK 7's `reasoning` option: natively on V4 models in the v4 lane, through AI SDK 7's V2
 * compatibility mode in the v2 lane. AI SDK 6 has no such option.
 */
const generateTextOnAISDK7 = (lane === 'v4' ? generateText : generateTextV7) as typeof generateTextV7;

describe.skipIf(lane === 'v3')("AI SDK 7's reasoning call option", () => {
  it.each([
    ['high', { reasoning: { effort: 'high' } }],
    ['xhigh', { reasoning: { effort: 'xhigh' } }],
    ['max', { reasoning: { effort: 'xhigh' } }],
    ['none', {}],
  ])('maps reasoning %j', async (reasoning, expected) => {
    await generateTextOnAISDK7({ model: proxy({ thinking: 'low' })(MODEL), prompt: 'Hi', reasoning: reasoning as 'high' });
    expect(sentBody()).toEqual({ model: MODEL, messages: HI_MESSAGES, ...expected });
  });

  it('keeps the settings for provider-default, and providerOptions.openrouter.thinking wins over it', async () => {
    await generateTextOnAISDK7({ model: proxy()(MODEL, { thinking: 'minimal' }), prompt: 'Hi', reasoning: 'provider-default' });
    expect(sentBody()).toEqual({ model: MODEL, messages: HI_MESSAGES, reasoning: { effort: 'minimal' } });
    await generateTextOnAISDK7({
      model: proxy()(MODEL),
      prompt: 'Hi',
      reasoning: 'low',
      providerOptions: { openrouter: { thinking: 'high' } },
    });
    expect(sentBody()).toEqual({ model: MODEL, messages: HI_MESSAGES, reasoning: { effort: 'high' } });
  });
});
