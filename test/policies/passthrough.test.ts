import type { JSONValue } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import type { OpenRouterOptions } from '../../src';
import { useEmulator } from '../helpers/emulator';
import { callWith, routers } from './support';
import { generateText } from '../helpers/surface';

const server = useEmulator();
const { verified, proxy, sentBody } = routers(server);

const HI_MESSAGES = [{ role: 'user', content: 'Hi' }];

describe('typed OpenRouter options pass through', () => {
  it('sends plugins, session_id, user, transforms, route and verbosity as given', async () => {
    const options: OpenRouterOptions = {
      plugins: [
        { id: 'web', engine: 'exa', max_results: 3, search_prompt: 'Sources:' },
        { id: 'file-parser', pdf: { engine: 'mistral-ocr' } },
        { id: 'response-healing' },
        { id: 'context-compression' },
        { id: 'auto-router', allowed_models: ['anthropic/*', 'openai/gpt-5'] },
      ],
      session_id: 'session-42',
      user: 'user-7',
      transforms: ['middle-out'],
      route: 'fallback',
      verbosity: 'low',
    };
    await proxy()('openrouter/auto').doGenerate(callWith({ providerOptions: { openrouter: options as Record<string, JSONValue> } }));
    expect(sentBody()).toEqual({ model: 'openrouter/auto', messages: HI_MESSAGES, ...options });
  });

  it('merges model settings under call options, key by key at the top level', async () => {
    const model = proxy()('openai/gpt-5', { user: 'model-user', plugins: [{ id: 'response-healing' }], verbosity: 'high' });
    await model.doGenerate(callWith({ providerOptions: { openrouter: { user: 'call-user' } } }));
    expect(sentBody()).toEqual({
      model: 'openai/gpt-5',
      messages: HI_MESSAGES,
      user: 'call-user',
      plugins: [{ id: 'response-healing' }],
      verbosity: 'high',
    });
  });

  it('rejects a known plugin option of the wrong type with the path to it', async () => {
    await expect(proxy()('openai/gpt-5').doGenerate(callWith({ providerOptions: { openrouter: { plugins: [{ id: 'web', max_results: 'five' }] } } }))).rejects.toThrow(
      "Invalid providerOptions.openrouter.plugins.0.max_results: Invalid input: expected number, received string. Check the value against OpenRouter's API reference.",
    );
    expect(server.emulator.requests).toEqual([]);
  });

  it('passes a plugin it does not know as given', async () => {
    const plugins = [{ id: 'web-fetch', max_uses: 3, allowed_domains: ['openclaw.ai'] }];
    await proxy()('openai/gpt-5').doGenerate(callWith({ providerOptions: { openrouter: { plugins } } }));
    expect(sentBody()).toEqual({ model: 'openai/gpt-5', messages: HI_MESSAGES, plugins });
  });
});

describe("other providers' options never reach the body", () => {
  it('ignores openai, anthropic, google and unknown keys; an anthropic cacheControl on a message stays a marker', async () => {
    const result = await generateText({
      model: verified()('anthropic/claude-sonnet-4.5'),
      messages: [
        {
          role: 'user',
          content: 'Long document',
          providerOptions: { anthropic: { cacheControl: { type: 'ephemeral' } }, openai: { store: true } },
        },
      ],
      providerOptions: {
        openai: { serviceTier: 'flex', store: true, reasoningEffort: 'high', promptCacheKey: 'k', service_tier: 'priority' },
        anthropic: { thinking: { type: 'enabled', budgetTokens: 2048 }, cacheControl: { type: 'ephemeral' }, sendReasoning: true },
        google: { thinkingConfig: { thinkingBudget: 1024 } },
        somethingElse: { reasoning_effort: 'high' },
      },
    });
    expect(sentBody()).toEqual({
      model: 'anthropic/claude-sonnet-4.5',
      messages: [{ role: 'user', content: [{ type: 'text', text: 'Long document', cache_control: { type: 'ephemeral' } }] }],
    });
    expect(result.warnings).toEqual([]);
  });
});
