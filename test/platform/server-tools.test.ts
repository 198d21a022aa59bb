import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { EMULATOR_NOW } from '../../src/testing/server-tools';
import { useEmulator } from '../helpers/emulator';
import { thrownBy } from '../helpers/model-calls';
import { SURFACES, surfaceRouters } from './surfaces';

const WEATHER_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  properties: { city: { type: 'string' } },
  required: ['city'],
  additionalProperties: false,
};

const searchResult = (query: string, n: number) => ({
  title: `Result ${n} for "${query}"`,
  url: `https://example.com/results/${n}?q=${encodeURIComponent(query)}`,
  snippet: `What the web says about "${query}", part ${n}.`,
});

describe.each(SURFACES)('server tools, $name', (surface) => {
  const server = useEmulator({ knownModels: ['openai/gpt-4o-mini', 'meta-llama/llama-3.1-8b-instruct'] });
  const { ai } = surface;
  const routers = surfaceRouters(surface, server);

  it('sends each server tool in OpenRouter form, forces one by name and passes stop_server_tools_when', async () => {
    const router = routers.proxy();
    const result = await ai.generateText({
      model: router('openai/gpt-4o-mini'),
      prompt: 'latest lighthouse news',
      tools: {
        search: router.tools.webSearch({
          maxResults: 2,
          searchContextSize: 'low',
          allowedDomains: ['example.com'],
          userLocation: { type: 'approximate', country: 'PT', city: 'Lisbon' },
        }),
        fetch: router.tools.webFetch({ maxContentTokens: 2000 }),
        clock: router.tools.datetime({ timezone: 'Europe/Lisbon' }),
      },
      toolChoice: { type: 'tool', toolName: 'search' },
      providerOptions: { openrouter: { stop_server_tools_when: [{ type: 'step_count_is', step_count: 3 }] } },
    });

    expect(server.emulator.lastRequest().body).toEqual({
      model: 'openai/gpt-4o-mini',
      messages: [{ role: 'user', content: 'latest lighthouse news' }],
      tools: [
        {
          type: 'openrouter:web_search',
          parameters: {
            max_results: 2,
            search_context_size: 'low',
            allowed_domains: ['example.com'],
            user_location: { type: 'approximate', country: 'PT', city: 'Lisbon' },
          },
        },
        { type: 'openrouter:web_fetch', parameters: { max_content_tokens: 2000 } },
        { type: 'openrouter:datetime', parameters: { timezone: 'Europe/Lisbon' } },
      ],
      tool_choice: { type: 'openrouter:web_search' },
      stop_server_tools_when: [{ type: 'step_count_is', step_count: 3 }],
    });

    // The forced search ran (the emulator runs only the tool that tool_choice names).
    const query = 'latest lighthouse news';
    expect(result.toolCalls).toEqual([
      expect.objectContaining({ type: 'tool-call', toolCallId: 'srvtoolu_emulator_1', toolName: 'search', input: { query }, providerExecuted: true }),
    ]);
    expect(result.toolResults).toEqual([
      expect.objectContaining({
        type: 'tool-result',
        toolCallId: 'srvtoolu_emulator_1',
        toolName: 'search',
        output: { results: [searchResult(query, 1), searchResult(query, 2)] },
      }),
    ]);
    expect(result.text).toBe(`You said: ${query}`);
    expect(result.sources).toEqual(
      [1, 2].map((n) => ({
        type: 'source',
        sourceType: 'url',
        id: searchResult(query, n).url,
        url: searchResult(query, n).url,
        title: searchResult(query, n).title,
        providerMetadata: { openrouter: { content: searchResult(query, n).snippet } },
      })),
    );
    expect((result.providerMetadata?.openrouter as any)?.usage.serverToolUseDetails).toEqual({
      toolCallsRequested: 1,
      toolCallsExecuted: 1,
      webSearchRequests: 1,
    });
    expect(result.warnings).toEqual([]);
  });

  it('runs a generateText loop that mixes a server tool with a function tool, replaying the server call once', async () => {
    const router = routers.proxy();
    const result = await ai.generateText({
      model: router('openai/gpt-4o-mini'),
      prompt: 'weather in Lisbon',
      tools: {
        search: router.tools.webSearch({ maxResults: 1 }),
        weather: ai.tool({
          description: 'Weather',
          inputSchema: z.object({ city: z.string() }),
          execute: async ({ city }: { city: string }) => ({ city, sky: 'sunny' }),
        }),
      },
      stopWhen: ai.stepCountIs(3),
    });

    const query = 'weather in Lisbon';
    const serverCall = {
      type: 'reasoning.server_tool_call',
      tool_call_id: 'srvtoolu_emulator_1',
      tool_name: 'openrouter:web_search',
      arguments: JSON.stringify({ query }),
      result: JSON.stringify({ results: [searchResult(query, 1)] }),
      index: 0,
    };
    expect(result.steps).toHaveLength(2);
    expect(
      result.steps[0].content.filter((part) => part.type.startsWith('tool-')).map((part: any) => [part.type, part.toolName, part.providerExecuted === true]),
    ).toEqual([
      ['tool-call', 'search', true],
      ['tool-result', 'search', true],
      ['tool-call', 'weather', false],
      ['tool-result', 'weather', false],
    ]);
    expect(result.steps[0].finishReason).toBe('tool-calls');

    // Step 2 sends the server call back once (in reasoning_details) and the function call with its result.
    const [first, second] = server.emulator.requests;
    expect(first.body.tools).toEqual([
      { type: 'openrouter:web_search', parameters: { max_results: 1 } },
      { type: 'function', function: { name: 'weather', description: 'Weather', parameters: WEATHER_SCHEMA } },
    ]);
    expect(second.body.messages).toEqual([
      { role: 'user', content: query },
      {
        role: 'assistant',
        content: '',
        reasoning_details: [serverCall],
        tool_calls: [{ id: 'call_emulator_1', type: 'function', function: { name: 'weather', arguments: '{"city":"example"}' } }],
      },
      { role: 'tool', tool_call_id: 'call_emulator_1', content: '{"city":"example","sky":"sunny"}' },
    ]);
    // The answer cites what the search found a step earlier.
    expect(result.text).toBe(`You said: ${query}`);
    expect(result.sources.map((source: any) => source.url)).toEqual([searchResult(query, 1).url]);
    expect(result.steps.flatMap((step) => step.warnings ?? [])).toEqual([]);
  });

  it('streams a server tool call as provider-executed tool input, call and result', async () => {
    const router = routers.proxy();
    const result = ai.streamText({
      model: router('openai/gpt-4o-mini'),
      prompt: 'what time is it',
      tools: { clock: router.tools.datetime({ timezone: 'Europe/Lisbon' }) },
    });
    const parts: any[] = [];
    for await (const part of result.fullStream) parts.push(part);

    const toolParts = parts.filter((part) => part.type.startsWith('tool-'));
    const input = JSON.stringify({ timezone: 'Europe/Lisbon' });
    expect(
      toolParts.map(({ id, toolCallId, type, toolName, providerExecuted, delta, input: callInput, output }) => ({
        type,
        id: id ?? toolCallId,
        toolName,
        providerExecuted,
        delta,
        input: callInput,
        output,
      })),
    ).toEqual([
      { type: 'tool-input-start', id: 'srvtoolu_emulator_1', toolName: 'clock', providerExecuted: true, delta: undefined, input: undefined, output: undefined },
      { type: 'tool-input-delta', id: 'srvtoolu_emulator_1', toolName: undefined, providerExecuted: undefined, delta: input, input: undefined, output: undefined },
      { type: 'tool-input-end', id: 'srvtoolu_emulator_1', toolName: undefined, providerExecuted: undefined, delta: undefined, input: undefined, output: undefined },
      {
        type: 'tool-call',
        id: 'srvtoolu_emulator_1',
        toolName: 'clock',
        providerExecuted: true,
        delta: undefined,
        input: { timezone: 'Europe/Lisbon' },
        output: undefined,
      },
      {
        type: 'tool-result',
        id: 'srvtoolu_emulator_1',
        toolName: 'clock',
        providerExecuted: true,
        delta: undefined,
        input: { timezone: 'Europe/Lisbon' },
        output: { datetime: EMULATOR_NOW, timezone: 'Europe/Lisbon' },
      },
    ]);
    expect(await result.text).toBe('You said: what time is it');
    expect(((await result.providerMetadata)?.openrouter as any)?.usage.serverToolUseDetails).toEqual({
      toolCallsRequested: 1,
      toolCallsExecuted: 1,
      webSearchRequests: 0,
    });
  });

  it('builds tools of the kind this surface speaks, and names a mistyped argument', () => {
    const router = routers.proxy();
    const kind = surface.name.startsWith('openclaw-router with') ? 'provider-defined' : 'provider';
    const tool = router.tools.searchModels({ maxResults: 4 });
    expect({ type: tool.type, id: tool.id, name: tool.name, args: tool.args, isProviderExecuted: tool.isProviderExecuted }).toEqual({
      type: kind,
      id: 'openrouter.experimental__search_models',
      name: 'experimental__search_models',
      args: { maxResults: 4 },
      isProviderExecuted: true,
    });
    const error = thrownBy(() => router.tools.webSearch({ maxResult: 3 } as never));
    expect(error.name).toBe('AI_InvalidArgumentError');
    expect(error.message).toBe(
      'router.tools.webSearch got an unknown argument "maxResult": did you mean "maxResults"? It takes: engine, maxResults, maxTotalResults, maxUses, maxCharacters, searchContextSize, mode, allowedDomains, excludedDomains, userLocation.',
    );
    expect(thrownBy(() => router.tools.files({ path: '/' } as never)).message).toBe('router.tools.files got an unknown argument "path". It takes no arguments.');
  });
});
