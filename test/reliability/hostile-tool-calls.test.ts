import type { LanguageModelV2StreamPart } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { chatChunk, usageChunk, type ScriptedReply } from '../../src/testing';
import { useEmulator } from '../helpers/emulator';
import { createOpenClawRouter, stepCountIs, streamText, tool } from '../helpers/surface';
import { readAllParts } from './support';

const server = useEmulator();
const PROMPT = [{ role: 'user' as const, content: [{ type: 'text' as const, text: 'hi' }] }];
const model = () => createOpenClawRouter({ apiKey: 'sk-or-v1-test', baseURL: server.baseURL })('openai/gpt-4o-mini');

async function streamParts(reply: ScriptedReply): Promise<LanguageModelV2StreamPart[]> {
  server.emulator.enqueue(reply);
  return readAllParts((await model().doStream({ prompt: PROMPT })).stream);
}

describe('streamed tool arguments sent as a JSON object are kept', () => {
  it('the tool runs with exactly the object the model sent', async () => {
    const args = { to: 'alice', amount: 25 };
    server.emulator.enqueue(
      {
        type: 'stream',
        chunks: [
          chatChunk({ tool_calls: [{ index: 0, id: 'call_1', type: 'function', function: { name: 'transfer', arguments: args } }] }),
          chatChunk({}, { finish_reason: 'tool_calls' }),
          usageChunk(),
        ],
        schemaCheck: false,
      },
      { type: 'stream', chunks: [chatChunk({ content: 'Sent.' }), chatChunk({}, { finish_reason: 'stop' })] },
    );
    const executed: unknown[] = [];
    const transfer = tool({
      inputSchema: z.object({ to: z.string(), amount: z.number() }),
      execute: async (input) => {
        executed.push(input);
        return 'ok';
      },
    });
    const result = streamText({ model: model(), prompt: 'pay alice', tools: { transfer }, stopWhen: stepCountIs(2) });
    expect(await result.text).toBe('Sent.');
    expect(executed).toEqual([args]);
    const [firstStep] = await result.steps;
    expect(firstStep.toolCalls.map(({ toolCallId, toolName, input }) => ({ toolCallId, toolName, input }))).toEqual([
      { toolCallId: 'call_1', toolName: 'transfer', input: args },
    ]);
  });
});

describe('a tool-call id that changes mid-call does not split the call', () => {
  it('the delta without a function name continues the open call', async () => {
    const parts = await streamParts({
      type: 'stream',
      chunks: [
        chatChunk({ tool_calls: [{ index: 0, id: 'call_1', type: 'function', function: { name: 'add', arguments: '{"a":' } }] }),
        chatChunk({ tool_calls: [{ index: 0, id: 'call_2', type: 'function', function: { arguments: '1}' } }] }),
        chatChunk({}, { finish_reason: 'tool_calls' }),
      ],
      schemaCheck: false,
    });
    expect(parts.filter((part) => part.type.startsWith('tool-'))).toEqual([
      { type: 'tool-input-start', id: 'call_1', toolName: 'add' },
      { type: 'tool-input-delta', id: 'call_1', delta: '{"a":' },
      { type: 'tool-input-delta', id: 'call_1', delta: '1}' },
      { type: 'tool-input-end', id: 'call_1' },
      { type: 'tool-call', toolCallId: 'call_1', toolName: 'add', input: '{"a":1}' },
    ]);
  });

  it('a new id that names a function is a new call (parallel calls on one index)', async () => {
    const parts = await streamParts({
      type: 'stream',
      chunks: [
        chatChunk({ tool_calls: [{ index: 0, id: 'call_1', type: 'function', function: { name: 'add', arguments: '{"a":1}' } }] }),
        chatChunk({ tool_calls: [{ index: 0, id: 'call_2', type: 'function', function: { name: 'add', arguments: '{"a":2}' } }] }),
        chatChunk({}, { finish_reason: 'tool_calls' }),
      ],
    });
    expect(parts.filter((part) => part.type === 'tool-call')).toEqual([
      { type: 'tool-call', toolCallId: 'call_1', toolName: 'add', input: '{"a":1}' },
      { type: 'tool-call', toolCallId: 'call_2', toolName: 'add', input: '{"a":2}' },
    ]);
  });
});
