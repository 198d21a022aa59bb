import { generateText, stepCountIs, tool } from 'ai-v6';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createOpenClawRouter } from '../../../src/v3';
import { useEmulator } from '../../helpers/emulator';

// AI SDK 6 takes router.tools as they are typed: no cast, `provider` tools with OpenRouter's ids.
describe('router.tools on openclaw-router/v3 under AI SDK 6', () => {
  const server = useEmulator({ knownModels: ['openai/gpt-4o-mini', 'meta-llama/llama-3.1-8b-instruct'] });

  it('are V3 provider tools that generateText accepts beside function tools', async () => {
    const router = createOpenClawRouter({ apiKey: 'test-key', baseURL: server.baseURL });
    const search = router.tools.webSearch({ maxResults: 1 });
    expect({ type: search.type, id: search.id, args: search.args }).toEqual({ type: 'provider', id: 'openrouter.web_search', args: { maxResults: 1 } });

    const result = await generateText({
      model: router('openai/gpt-4o-mini'),
      prompt: 'news',
      tools: {
        search,
        clock: router.tools.datetime(),
        note: tool({ inputSchema: z.object({ text: z.string() }), execute: async () => 'noted' }),
      },
      stopWhen: stepCountIs(2),
    });
    const serverCalls = result.steps[0].toolCalls.filter((call) => call.providerExecuted);
    expect(serverCalls.map((call) => call.toolName)).toEqual(['search', 'clock']);
    expect(result.steps[0].toolResults.map((toolResult) => [toolResult.toolName, toolResult.providerExecuted ?? false])).toEqual([
      ['search', true],
      ['clock', true],
      ['note', false],
    ]);
    expect(result.text).toBe('You said: news');
    expect(result.sources.map((source) => (source.sourceType === 'url' ? source.url : ''))).toEqual(['https://example.com/results/1?q=news']);
  });
});
