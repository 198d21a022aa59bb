import type { ModelMessage } from 'ai';
import { describe, expect, it } from 'vitest';
import { chatChunk, chatCompletion, usageChunk } from '../../src/testing';
import { useEmulator } from '../helpers/emulator';
import { chatModels } from './support';
import { generateText, jsonSchema, stepCountIs, streamText, tool } from '../helpers/surface';

const server = useEmulator();

const model = chatModels(server, 'anthropic/claude-sonnet-4.5');

const THINK = { openrouter: { reasoning: { effort: 'high' } } } as const;
const QUESTION = 'What is 2+2?';

/** What the emulator's default reply reasons and says for `said`, signed for generation `generation`. */
function emulatorAssistantTurn(said: string, generation: number) {
  const reasoning = `The user said "${said}". I will answer by repeating it.`;
  return {
    role: 'assistant',
    content: `You said: ${said}`,
    reasoning,
    reasoning_details: [
      {
        type: 'reasoning.text',
        text: reasoning,
        signature: Buffer.from(`emulator-signature:gen-emulator-${generation}`).toString('base64'),
        format: 'anthropic-claude-v1',
        index: 0,
      },
    ],
  };
}

const CITY_INPUT = jsonSchema<{ city: string }>({ type: 'object', properties: { city: { type: 'string' } }, required: ['city'] });

/** Streams a Gemini call of weather for Oslo, with `details` on the call's chunk or, arriving late, on the finish chunk. */
function enqueueOsloCall(id: string, details: { onCall?: unknown[]; onFinish?: unknown[] }) {
  const call = { index: 0, id, type: 'function', function: { name: 'weather', arguments: '{"city":"Oslo"}' } };
  server.emulator.enqueue({
    type: 'stream',
    chunks: [
      chatChunk({ role: 'assistant', content: null, ...(details.onCall ? { reasoning_details: details.onCall } : {}), tool_calls: [call] }),
      chatChunk({ content: '', ...(details.onFinish ? { reasoning_details: details.onFinish } : {}) }, { finish_reason: 'tool_calls' }),
      usageChunk(),
    ],
  });
}

/** The messages of the second request, after turn 1's response messages were fed back. */
async function replayed(history: ModelMessage[], useStream: boolean) {
  const next: ModelMessage[] = [...history, { role: 'user', content: 'And 3+3?' }];
  if (useStream) await streamText({ model: model(), messages: next, providerOptions: THINK }).consumeStream();
  else await generateText({ model: model(), messages: next, providerOptions: THINK });
  return server.emulator.lastRequest().body.messages;
}

describe('multi-turn replay of reasoning details', () => {
  it.each([
    ['generateText', false],
    ['streamText (signature in a late, signature-only delta)', true],
  ])('%s: sends the details back unmodified, complete with their signature, exactly once', async (_, useStream) => {
    const first: ModelMessage[] = [{ role: 'user', content: QUESTION }];
    const turn1 = useStream
      ? streamText({ model: model(), messages: first, providerOptions: THINK })
      : await generateText({ model: model(), messages: first, providerOptions: THINK });
    const { messages } = await turn1.response;

    const sent = await replayed([...first, ...messages], useStream);
    expect(sent).toEqual([{ role: 'user', content: QUESTION }, emulatorAssistantTurn(QUESTION, 1), { role: 'user', content: 'And 3+3?' }]);
    expect(server.emulator.requests).toHaveLength(2);
  });

  it('replays every detail of several streamed reasoning blocks in order, encrypted ones included', async () => {
    const summary = { type: 'reasoning.summary', summary: 'Plan.', id: 'rs_1', format: 'openai-responses-v1', index: 0 };
    const encrypted = { type: 'reasoning.encrypted', data: 'gAAAAB-secret', id: 'rs_1', format: 'openai-responses-v1', index: 1 };
    const second = { type: 'reasoning.text', text: 'Check.', format: 'openai-responses-v1', index: 2 };
    server.emulator.enqueue({
      type: 'stream',
      chunks: [
        chatChunk({ role: 'assistant', content: '', reasoning_details: [summary] }),
        chatChunk({ content: '', reasoning_details: [encrypted] }),
        chatChunk({ content: 'Four' }),
        chatChunk({ content: '', reasoning_details: [second] }),
        chatChunk({ content: '.' }),
        chatChunk({ content: '' }, { finish_reason: 'stop' }),
        usageChunk(),
      ],
    });
    const first: ModelMessage[] = [{ role: 'user', content: QUESTION }];
    const turn1 = streamText({ model: model('openai/gpt-5'), messages: first });
    expect(await turn1.reasoningText).toBe('Plan.Check.');
    const { messages } = await turn1.response;

    expect(await replayed([...first, ...messages], false)).toEqual([
      { role: 'user', content: QUESTION },
      { role: 'assistant', content: 'Four.', reasoning: 'Plan.Check.', reasoning_details: [summary, encrypted, second] },
      { role: 'user', content: 'And 3+3?' },
    ]);
  });

  it('sends details shared by parallel tool calls once, not once per call', async () => {
    const encrypted = { type: 'reasoning.encrypted', data: 'gAAAAB-shared', id: 'rs_9', format: 'openai-responses-v1', index: 0 };
    server.emulator.enqueue({
      type: 'stream',
      chunks: [
        chatChunk({ role: 'assistant', content: '', reasoning_details: [encrypted] }),
        chatChunk({ content: null, tool_calls: [{ index: 0, id: 'call_a', type: 'function', function: { name: 'weather', arguments: '{"city":"Paris"}' } }] }),
        chatChunk({ content: null, tool_calls: [{ index: 1, id: 'call_b', type: 'function', function: { name: 'weather', arguments: '{"city":"Rome"}' } }] }),
        chatChunk({ content: '' }, { finish_reason: 'tool_calls' }),
        usageChunk(),
      ],
    });
    const weather = tool({ inputSchema: CITY_INPUT, execute: async ({ city }) => `${city}: sunny` });
    const result = streamText({ model: model('openai/gpt-5'), tools: { weather }, stopWhen: stepCountIs(2), prompt: 'Paris and Rome?' });
    await result.consumeStream();

    expect(server.emulator.requests).toHaveLength(2);
    expect(server.emulator.requests[1].body.messages).toEqual([
      { role: 'user', content: 'Paris and Rome?' },
      {
        role: 'assistant',
        content: '',
        reasoning_details: [encrypted],
        tool_calls: [
          { id: 'call_a', type: 'function', function: { name: 'weather', arguments: '{"city":"Paris"}' } },
          { id: 'call_b', type: 'function', function: { name: 'weather', arguments: '{"city":"Rome"}' } },
        ],
      },
      { role: 'tool', tool_call_id: 'call_a', content: 'Paris: sunny' },
      { role: 'tool', tool_call_id: 'call_b', content: 'Rome: sunny' },
    ]);
  });

  it('keeps a Gemini thought signature with its tool call and replays it once', async () => {
    const signature = { type: 'reasoning.encrypted', data: 'CiQBc2lnbg==', id: 'call_g', format: 'google-gemini-v1', index: 0 };
    enqueueOsloCall('call_g', { onCall: [signature] });
    const weather = tool({ inputSchema: CITY_INPUT, execute: async () => 'cold' });
    const result = streamText({ model: model('google/gemini-2.5-pro'), tools: { weather }, stopWhen: stepCountIs(2), prompt: 'Oslo?' });
    await result.consumeStream();

    const [step1] = await result.steps;
    const call = step1.content.find((part) => part.type === 'tool-call');
    expect(call?.providerMetadata).toEqual({ openrouter: { reasoning_details: [signature] } });
    expect(server.emulator.requests[1].body.messages[1]).toEqual({
      role: 'assistant',
      content: '',
      reasoning_details: [signature],
      tool_calls: [{ id: 'call_g', type: 'function', function: { name: 'weather', arguments: '{"city":"Oslo"}' } }],
    });
  });

  it('ties a Gemini signature that arrives after its tool call to the call', async () => {
    const signature = { type: 'reasoning.encrypted', data: 'CiQBlate', id: 'call_late', format: 'google-gemini-v1', index: 0 };
    enqueueOsloCall('call_late', { onFinish: [signature] });
    const { stream } = await model('google/gemini-2.5-pro').doStream({
      prompt: [{ role: 'user', content: [{ type: 'text', text: 'Oslo?' }] }],
      tools: [{ type: 'function', name: 'weather', inputSchema: { type: 'object' } }],
    });
    const parts = [];
    for await (const part of stream as unknown as AsyncIterable<{ type: string }>) parts.push(part);
    expect(parts.find((part) => part.type === 'tool-call')).toEqual({
      type: 'tool-call',
      toolCallId: 'call_late',
      toolName: 'weather',
      input: '{"city":"Oslo"}',
      providerMetadata: { openrouter: { reasoning_details: [signature] } },
    });
  });

  it('replays history stored by the official provider (details on the message) and on parts, each detail once', async () => {
    const detail = { type: 'reasoning.text', text: 'Stored thought.', signature: 'c2ln', format: 'anthropic-claude-v1', index: 0 };
    const history: ModelMessage[] = [
      { role: 'user', content: QUESTION },
      {
        role: 'assistant',
        content: [
          { type: 'reasoning', text: 'Stored thought.', providerOptions: { openrouter: { reasoning_details: [detail] } } },
          { type: 'text', text: 'Four.' },
        ],
        providerOptions: { openrouter: { reasoning_details: [detail] } },
      },
    ];
    expect(await replayed(history, false)).toEqual([
      { role: 'user', content: QUESTION },
      { role: 'assistant', content: 'Four.', reasoning: 'Stored thought.', reasoning_details: [detail] },
      { role: 'user', content: 'And 3+3?' },
    ]);
  });

  it('replays file annotations so OpenRouter does not parse the same PDF again', async () => {
    const fileAnnotation = { type: 'file', file: { hash: 'h1', name: 'report.pdf', content: [{ type: 'text', text: 'Parsed.' }] } };
    server.emulator.enqueue({ type: 'json', body: chatCompletion({ message: { content: 'It says yes.', annotations: [fileAnnotation] } }) });
    const first: ModelMessage[] = [{ role: 'user', content: 'What does the report say?' }];
    const turn1 = await generateText({ model: model('openai/gpt-5'), messages: first });

    expect(await replayed([...first, ...turn1.response.messages], false)).toEqual([
      { role: 'user', content: 'What does the report say?' },
      { role: 'assistant', content: 'It says yes.', annotations: [fileAnnotation] },
      { role: 'user', content: 'And 3+3?' },
    ]);
  });
});
