import { describe, expect, expectTypeOf, it } from 'vitest';
import type { OpenClawRouterKnownModelId, OpenClawRouterModelId, OpenClawRouterProvider } from '../../src';
import { useEmulator } from '../helpers/emulator';
import { callWith, routers } from './support';

const server = useEmulator({ knownModels: ['meta-llama/llama-3.3-70b-instruct'] });
const { proxy, sentBody } = routers(server);

describe('model refs', () => {
  it.each([
    ['openrouter/moonshotai/kimi-k2.6', 'moonshotai/kimi-k2.6'],
    ['openrouter/openrouter/healer-alpha', 'openrouter/healer-alpha'],
    ['openrouter/auto', 'openrouter/auto'],
    ['openrouter/free', 'openrouter/free'],
    ['moonshotai/kimi-k2.6', 'moonshotai/kimi-k2.6'],
    ['openrouter/deepseek/deepseek-r1:free', 'deepseek/deepseek-r1:free'],
    ['anthropic/claude-sonnet-4.5:nitro', 'anthropic/claude-sonnet-4.5:nitro'],
    ['meta-llama/llama-3.3-70b-instruct:floor', 'meta-llama/llama-3.3-70b-instruct:floor'],
    ['openai/gpt-5:online', 'openai/gpt-5:online'],
    ['@preset/my-team-defaults', '@preset/my-team-defaults'],
    ['  openrouter/google/gemini-2.5-pro  ', 'google/gemini-2.5-pro'],
  ])('sends %j as model %j', async (ref, wire) => {
    const model = proxy()(ref);
    expect(model.modelId).toBe(wire);
    await model.doGenerate(callWith());
    expect(sentBody()).toEqual({ model: wire, messages: [{ role: 'user', content: 'Hi' }] });
  });

  it('uses openrouter/auto when no model is given', async () => {
    const router = proxy();
    for (const model of [router(), router.languageModel(), router.chat(), router('')]) {
      expect(model.modelId).toBe('openrouter/auto');
    }
    await router().doGenerate(callWith());
    expect(sentBody().model).toBe('openrouter/auto');
  });

  it('types the known ids and still accepts any string', () => {
    expectTypeOf<
      'openrouter/auto' | 'moonshotai/kimi-k2.6' | 'openrouter/healer-alpha' | 'openrouter/hunter-alpha' | 'google/gemini-3.1-flash-image-preview'
    >().toMatchTypeOf<OpenClawRouterKnownModelId>();
    expectTypeOf<OpenClawRouterKnownModelId>().toMatchTypeOf<OpenClawRouterModelId>();
    expectTypeOf<'some-lab/new-model:free'>().toMatchTypeOf<OpenClawRouterModelId>();
    expectTypeOf<OpenClawRouterProvider>().parameter(0).toEqualTypeOf<OpenClawRouterModelId | undefined>();
  });
});
