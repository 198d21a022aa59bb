import { describe, expect, it } from 'vitest';
import { useEmulator } from '../helpers/emulator';
import { generateText, jsonSchema, stepCountIs, streamText, tool } from '../helpers/surface';
import { routers } from './support';

const server = useEmulator();
const { verified, proxy } = routers(server);

const MODEL = 'anthropic/claude-sonnet-4.5';
const EPHEMERAL = { type: 'ephemeral' };
const SYSTEM = 'You are OpenClaw, a weather agent.';
const CITY_SCHEMA = { type: 'object', properties: { city: { type: 'string' } }, required: ['city'], additionalProperties: false } as const;
const WEATHER_WIRE = { type: 'function', function: { name: 'weather', description: 'Current weather', parameters: CITY_SCHEMA } };
const CALL = {
  role: 'assistant',
  content: '',
  tool_calls: [{ id: 'call_emulator_1', type: 'function', function: { name: 'weather', arguments: '{"city":"example"}' } }],
};
const RESULT_TEXT = '{"city":"example","degrees":21}';
const cached = (text: string, cache_control: object = EPHEMERAL) => [{ type: 'text', text, cache_control }];

const weather = tool({
  description: 'Current weather',
  inputSchema: jsonSchema<{ city: string }>(CITY_SCHEMA),
  execute: async ({ city }) => ({ city, degrees: 21 }),
});

type Metadata = { openrouter?: { provider?: string; usage?: { promptTokensDetails?: { cachedTokens?: number; cacheWriteTokens?: number } } } };
const cacheCounts = (metadata: unknown) => {
  const openrouter = (metadata as Metadata | undefined)?.openrouter;
  return { provider: openrouter?.provider, ...openrouter?.usage?.promptTokensDetails };
};

describe('cache breakpoints in a tool loop', () => {
  it('marks the system prompt, the last tool and the final message of each step; the second step reads the first from the cache', async () => {
    const result = await generateText({
      model: verified()(MODEL, { sessionId: 'agent-run-1', cacheBreakpoints: ['system', 'tools', 'conversation'] }),
      system: SYSTEM,
      prompt: 'Weather in Paris?',
      tools: { weather },
      stopWhen: stepCountIs(2),
    });
    const [first, second] = server.emulator.requests.map((request) => request.body);
    expect(first).toEqual({
      model: MODEL,
      messages: [
        { role: 'system', content: cached(SYSTEM) },
        { role: 'user', content: cached('Weather in Paris?') },
      ],
      tools: [{ ...WEATHER_WIRE, cache_control: EPHEMERAL }],
      tool_choice: 'auto',
      session_id: 'agent-run-1',
    });
    expect(second).toEqual({
      model: MODEL,
      messages: [
        { role: 'system', content: cached(SYSTEM) },
        { role: 'user', content: 'Weather in Paris?' },
        CALL,
        { role: 'tool', tool_call_id: 'call_emulator_1', content: cached(RESULT_TEXT) },
      ],
      tools: [{ ...WEATHER_WIRE, cache_control: EPHEMERAL }],
      tool_choice: 'auto',
      session_id: 'agent-run-1',
    });
    // Prompt tokens are the emulator's words: 6 of system, 3 of the question, 1 of the tool result.
    expect(result.steps.map((step) => cacheCounts(step.providerMetadata))).toEqual([
      { provider: 'Anthropic', cachedTokens: 0, cacheWriteTokens: 9 },
      { provider: 'Anthropic', cachedTokens: 9, cacheWriteTokens: 1 },
    ]);
    expect(result.warnings).toEqual([]);
    expect(result.text).toBe('You said: Weather in Paris?');
  });

  it('streams the same way, with a 1 hour TTL under cacheRetention long', async () => {
    const result = streamText({
      model: verified({ cacheRetention: 'long' })(MODEL, { cacheBreakpoints: ['conversation'] }),
      system: SYSTEM,
      prompt: 'Weather in Paris?',
      tools: { weather },
      stopWhen: stepCountIs(2),
    });
    await result.consumeStream();
    const long = { type: 'ephemeral', ttl: '1h' };
    expect(server.emulator.requests.map((request) => request.body.messages)).toEqual([
      [
        { role: 'system', content: SYSTEM },
        { role: 'user', content: cached('Weather in Paris?', long) },
      ],
      [
        { role: 'system', content: SYSTEM },
        { role: 'user', content: 'Weather in Paris?' },
        CALL,
        { role: 'tool', tool_call_id: 'call_emulator_1', content: cached(RESULT_TEXT, long) },
      ],
    ]);
    expect((await result.steps).map((step) => cacheCounts(step.providerMetadata))).toEqual([
      { provider: 'Anthropic', cachedTokens: 0, cacheWriteTokens: 9 },
      { provider: 'Anthropic', cachedTokens: 9, cacheWriteTokens: 1 },
    ]);
  });

  it('goes to any model that lists breakpoints on a verified route, and to none on a gateway', async () => {
    await generateText({ model: verified()('openai/gpt-5', { cacheBreakpoints: ['conversation'] }), prompt: 'Hi' });
    expect(server.emulator.lastRequest().body.messages).toEqual([{ role: 'user', content: cached('Hi') }]);
    await generateText({ model: proxy()('openai/gpt-5'), prompt: 'Hi' });
    expect(server.emulator.lastRequest().body.messages).toEqual([{ role: 'user', content: 'Hi' }]);
  });
});

describe('sticky sessions', () => {
  it('a session stays on the upstream its first request went to; without one, each request is routed afresh', async () => {
    const model = verified()(MODEL);
    const first = await generateText({ model, prompt: 'Hi', providerOptions: { openrouter: { sessionId: 's-1', provider: { order: ['amazon-bedrock'] } } } });
    const again = await generateText({ model, prompt: 'Hi', providerOptions: { openrouter: { sessionId: 's-1' } } });
    const other = await generateText({ model, prompt: 'Hi' });
    expect([first, again, other].map((result) => cacheCounts(result.providerMetadata).provider)).toEqual(['Amazon Bedrock', 'Amazon Bedrock', 'Anthropic']);
    expect(server.emulator.requests.map((request) => request.body.session_id)).toEqual(['s-1', 's-1', undefined]);
  });
});
