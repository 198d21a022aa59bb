import type { JSONObject } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { useEmulator } from '../helpers/emulator';
import { generateText } from '../helpers/surface';
import { callWith, routers } from './support';

const server = useEmulator();
const { verified, proxy, sentBody } = routers(server);

describe("OpenRouter's newer plugins", () => {
  it('sends fusion, moderation, pareto-router, auto-beta-router and context-compression as written, without warnings', async () => {
    const plugins: JSONObject[] = [
      {
        id: 'fusion',
        preset: 'general-budget',
        analysis_models: ['openai/gpt-5-mini', 'google/gemini-2.5-flash'],
        model: 'anthropic/claude-sonnet-4.5',
        max_tool_calls: 6,
        tools: [{ type: 'openrouter:web_search', parameters: { max_results: 3 } }],
      },
      { id: 'moderation' },
      { id: 'pareto-router', max_price: 5, min_coding_score: 0.7, price_source: 'weighted_avg' },
      { id: 'auto-beta-router', allowed_models: ['anthropic/*'], excluded_models: ['openai/gpt-4o'], cost_tier: 'low', enabled: true },
      { id: 'context-compression', engine: 'middle-out', enabled: false },
    ];
    const result = await generateText({ model: verified()('openrouter/auto'), prompt: 'Hi', providerOptions: { openrouter: { plugins } } });
    expect(sentBody()).toEqual({ model: 'openrouter/auto', messages: [{ role: 'user', content: 'Hi' }], plugins });
    expect(result.warnings).toEqual([]);
  });

  it('sends the web plugin with engine, max_uses, domain filters and the user location', async () => {
    const web = {
      id: 'web',
      engine: 'exa',
      max_results: 4,
      max_uses: 2,
      mode: 'fast',
      include_domains: ['openrouter.ai', '*.example.com'],
      exclude_domains: ['example.com/blog'],
      user_location: { type: 'approximate', city: 'Lisbon', country: 'PT', region: null, timezone: 'Europe/Lisbon' },
    };
    await proxy()('openai/gpt-5', { plugins: [web] }).doGenerate(callWith());
    expect(sentBody()).toEqual({ model: 'openai/gpt-5', messages: [{ role: 'user', content: 'Hi' }], plugins: [web] });
  });

  it.each([
    [{ id: 'web', max_uses: 0 }, 'plugins.0.max_uses', 'Too small: expected number to be >0'],
    [{ id: 'web', user_location: { city: 'Lisbon' } }, 'plugins.0.user_location.type', 'Invalid input: expected "approximate"'],
    [{ id: 'web', include_domains: 'example.com' }, 'plugins.0.include_domains', 'Invalid input: expected array, received string'],
    [{ id: 'fusion', preset: 'general' }, 'plugins.0.preset', 'Invalid option: expected one of "general-high"|"general-budget"|"general-fast"'],
    [{ id: 'fusion', max_tool_calls: 17 }, 'plugins.0.max_tool_calls', 'Too big: expected number to be <=16'],
    [{ id: 'pareto-router', min_coding_score: 2 }, 'plugins.0.min_coding_score', 'Too big: expected number to be <=1'],
    [{ id: 'auto-beta-router', cost_tier: 'cheap' }, 'plugins.0.cost_tier', 'Invalid option: expected one of "low"|"medium"|"high"|"xhigh"|"max"'],
    [{ id: 'context-compression', enabled: 'yes' }, 'plugins.0.enabled', 'Invalid input: expected boolean, received string'],
  ])('refuses %j before sending', async (plugin, path, reason) => {
    await expect(proxy()('openai/gpt-5').doGenerate(callWith({ providerOptions: { openrouter: { plugins: [plugin] } } }))).rejects.toThrow(
      `Invalid providerOptions.openrouter.${path}: ${reason}. Check the value against OpenRouter's API reference.`,
    );
    expect(server.emulator.requests).toHaveLength(0);
  });
});
