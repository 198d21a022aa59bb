import * as ai5 from 'ai';
import * as ai6 from 'ai-v6';
import * as ai7 from 'ai-v7';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createOpenClawRouter } from '../../src';
import { errorEnvelope } from '../../src/testing';
import { useEmulator } from '../helpers/emulator';

// The same user-level scenarios under every AI SDK major this package serves:
// 5 natively (V2), 6 and 7 through their V2 compatibility mode.
type AnyAI = typeof ai5;
const majors: Array<[string, AnyAI]> = [
  ['AI SDK 5', ai5],
  ['AI SDK 6', ai6 as unknown as AnyAI],
  ['AI SDK 7', ai7 as unknown as AnyAI],
];

let savedLogSetting: unknown;
beforeAll(() => {
  // Silence the compatibility-mode notice in test output only (apps decide this for themselves).
  savedLogSetting = (globalThis as Record<string, unknown>).AI_SDK_LOG_WARNINGS;
  (globalThis as Record<string, unknown>).AI_SDK_LOG_WARNINGS = false;
});
afterAll(() => {
  (globalThis as Record<string, unknown>).AI_SDK_LOG_WARNINGS = savedLogSetting;
});

describe.each(majors)('%s', (_name, ai) => {
  const env = useEmulator();
  const router = () => createOpenClawRouter({ apiKey: 'sk-or-test', baseURL: env.baseURL });

  it('generateText returns text, reasoning and usage', async () => {
    const result = await ai.generateText({
      model: router()('anthropic/claude-sonnet-4.5'),
      prompt: 'hello',
      providerOptions: { openrouter: { reasoning: { effort: 'low' } } },
    });
    expect(result.text).toBe('You said: hello');
    expect(result.reasoningText).toBe('The user said "hello". I will answer by repeating it.');
    expect(result.finishReason).toBe('stop');
    expect(result.usage.inputTokens).toBe(1);
    // 3 answer and 10 reasoning tokens: OpenRouter's completion_tokens include the reasoning.
    expect(result.usage.outputTokens).toBe(13);
    expect(result.providerMetadata?.openrouter).toMatchObject({
      provider: 'Anthropic',
      usage: { cost: expect.any(Number), promptTokensDetails: { cacheWriteTokens: 0 } },
    });
    expect(env.emulator.lastRequest().body.reasoning).toEqual({ effort: 'low' });
  });

  it('streamText streams reasoning, runs a tool and answers after it', async () => {
    const result = ai.streamText({
      model: router()('anthropic/claude-sonnet-4.5'),
      prompt: 'weather in Paris?',
      providerOptions: { openrouter: { reasoning: { effort: 'low' } } },
      tools: {
        weather: ai.tool({
          inputSchema: z.object({ city: z.string() }),
          execute: async ({ city }: { city: string }) => `sunny in ${city}`,
        }),
      },
      stopWhen: ai.stepCountIs(3),
    });
    const types: string[] = [];
    for await (const part of result.fullStream) {
      if (part.type === 'error') throw part.error;
      if (!types.includes(part.type)) types.push(part.type);
    }
    expect(types).toEqual(
      expect.arrayContaining([
        'reasoning-start',
        'reasoning-delta',
        'reasoning-end',
        'tool-input-start',
        'tool-input-delta',
        'tool-call',
        'tool-result',
        'text-delta',
        'finish',
      ]),
    );
    expect(await result.text).toBe('You said: weather in Paris?');
    const steps = await result.steps;
    expect(steps.map((step) => step.finishReason)).toEqual(['tool-calls', 'stop']);
    const toolMessage = env.emulator.lastRequest().body.messages.at(-1);
    expect(toolMessage).toEqual({ role: 'tool', tool_call_id: 'call_emulator_1', content: 'sunny in example' });
  });

  it('generateObject sends a strict json_schema and parses the object', async () => {
    const { object } = await ai.generateObject({
      model: router()('openai/gpt-5-mini'),
      schema: z.object({ name: z.string(), count: z.number() }),
      prompt: 'an item',
    });
    expect(object).toEqual({ name: 'example', count: 1 });
    const format = env.emulator.lastRequest().body.response_format;
    expect(format.type).toBe('json_schema');
    expect(format.json_schema).toMatchObject({ name: 'response', strict: true, schema: { type: 'object' } });
  });

  it('replays signed reasoning details on the next turn, once, in order', async () => {
    const model = router()('anthropic/claude-sonnet-4.5');
    const first = ai.streamText({ model, prompt: 'first question', providerOptions: { openrouter: { reasoning: { effort: 'low' } } } });
    await first.consumeStream();
    const history = (await first.response).messages;
    await ai.generateText({
      model,
      messages: [{ role: 'user', content: 'first question' }, ...history, { role: 'user', content: 'second question' }],
    });

    const replayed = env.emulator.lastRequest().body.messages[1];
    expect(replayed.role).toBe('assistant');
    expect(replayed.content).toBe('You said: first question');
    expect(replayed.reasoning_details).toEqual([
      {
        type: 'reasoning.text',
        text: 'The user said "first question". I will answer by repeating it.',
        signature: expect.any(String),
        format: 'anthropic-claude-v1',
        index: 0,
      },
    ]);
  });

  it('surfaces OpenRouter errors as APICallError with the upstream cause', async () => {
    env.emulator.enqueue({
      type: 'json',
      status: 402,
      body: errorEnvelope(402, 'Insufficient credits', { provider_name: 'OpenRouter' }),
    });
    const error = await ai.generateText({ model: router()('moonshotai/kimi-k2.6'), prompt: 'hi', maxRetries: 0 }).catch((caught: unknown) => caught);
    expect(ai.APICallError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ statusCode: 402, isRetryable: false });
    expect((error as Error).message).toBe('OpenRouter error 402: Insufficient credits (provider: OpenRouter)');
  });
});

describe('AI SDK 7 prompt shapes reach a V2 model without crashing', () => {
  const env = useEmulator();

  it('sends inline text files, OpenRouter file references and file-url tool outputs', async () => {
    const model = createOpenClawRouter({ apiKey: 'sk-or-test', baseURL: env.baseURL })('openai/gpt-5-mini');
    const result = await (ai7 as unknown as AnyAI).generateText({
      model,
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'Summarize the notes.' },
            { type: 'file', mediaType: 'text/plain', data: { type: 'text', text: 'notes: ship on Friday' } },
            { type: 'file', mediaType: 'application/pdf', data: { type: 'reference', reference: { openrouter: 'file-or-1', openai: 'file-abc' } } },
          ],
        },
        {
          role: 'assistant',
          content: [{ type: 'tool-call', toolCallId: 'call-1', toolName: 'fetchChart', input: {} }],
        },
        {
          role: 'tool',
          content: [
            {
              type: 'tool-result',
              toolCallId: 'call-1',
              toolName: 'fetchChart',
              output: { type: 'content', value: [{ type: 'file', mediaType: 'image/png', data: { type: 'url', url: new URL('https://example.com/chart.png') } }] },
            },
          ],
        },
      ],
    } as never);
    expect(result.text).toBe('You said: Summarize the notes.\nnotes: ship on Friday');
    expect(result.warnings).toEqual([]);
    const { messages } = env.emulator.lastRequest().body;
    expect(messages[0]).toEqual({
      role: 'user',
      content: [
        { type: 'text', text: 'Summarize the notes.' },
        { type: 'text', text: 'notes: ship on Friday' },
        { type: 'file', file: { file_id: 'file-or-1' } },
      ],
    });
    expect(messages[2]).toEqual({
      role: 'tool',
      tool_call_id: 'call-1',
      content: [{ type: 'file', file: { filename: 'file', file_data: 'https://example.com/chart.png' } }],
    });
  });

  it("refuses a file reference that names only another provider's file store", async () => {
    const model = createOpenClawRouter({ apiKey: 'sk-or-test', baseURL: env.baseURL })('openai/gpt-5-mini');
    const error = await (ai7 as unknown as AnyAI)
      .generateText({
        model,
        maxRetries: 0,
        messages: [{ role: 'user', content: [{ type: 'file', mediaType: 'application/pdf', data: { type: 'reference', reference: { openai: 'file-abc' } } }] }],
      } as never)
      .catch((caught: unknown) => caught);
    expect(ai7.InvalidArgumentError.isInstance(error)).toBe(true);
    expect((error as Error).message).toBe(
      "This file reference names only openai's file store, which OpenRouter cannot read. Upload the file with uploadFile({ api: router, ... }) and pass the reference it returns ({ openrouter: '<file id>' }), or pass the file's bytes or URL.",
    );
    expect(env.emulator.requests).toEqual([]);
  });

  it('turns a denied tool execution into a tool message the model can read', async () => {
    const model = createOpenClawRouter({ apiKey: 'sk-or-test', baseURL: env.baseURL })('openai/gpt-5-mini');
    await model.doGenerate({
      prompt: [
        { role: 'user', content: [{ type: 'text', text: 'delete the file' }] },
        { role: 'assistant', content: [{ type: 'tool-call', toolCallId: 'call-9', toolName: 'rm', input: { path: '/tmp/x' } }] },
        {
          role: 'tool',
          content: [
            { type: 'tool-result', toolCallId: 'call-9', toolName: 'rm', output: { type: 'execution-denied', reason: 'user said no' } },
            { type: 'tool-approval-response', approvalId: 'a-1', approved: false },
          ],
        },
      ] as never,
    });
    expect(env.emulator.lastRequest().body.messages[2]).toEqual({
      role: 'tool',
      tool_call_id: 'call-9',
      content: 'Tool execution denied: user said no',
    });
  });
});
