import type { LanguageModelV2Prompt } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { chatChunk, usageChunk } from '../../src/testing';
import { useEmulator } from '../helpers/emulator';
import { callWith, routers } from './support';

const server = useEmulator({ knownModels: ['google/gemini-3-pro-preview'] });
const { proxy, sentBody } = routers(server);

const GEMINI_SIGNATURE = 'CiQBjz1rX8kHq3mL0P2vYz4uN6wT9aS1dF7gH0jK3lM5nB8cV2xR';
const TOOL_SIGNATURE = 'EhsKGQoXZ2VtaW5pLXRvb2wtY2FsbC1zaWduYXR1cmU=';

const geminiThought = { type: 'reasoning.text', text: 'Plan.', signature: GEMINI_SIGNATURE, format: 'google-gemini-v1', index: 0 };
const foreignThought = { type: 'reasoning.text', text: 'Other model.', signature: 'msg_0abc', format: 'anthropic-claude-v1', index: 1 };
const foreignEncrypted = { type: 'reasoning.encrypted', data: 'rs_68af.enc', format: 'openai-responses-v1', index: 2 };
const toolSignature = { type: 'reasoning.encrypted', data: TOOL_SIGNATURE, id: 'call_1', format: 'google-gemini-v1', index: 0 };

function history(): LanguageModelV2Prompt {
  return [
    { role: 'user', content: [{ type: 'text', text: 'List the files.' }] },
    {
      role: 'assistant',
      content: [
        {
          type: 'reasoning',
          text: 'Plan.',
          providerOptions: { openrouter: { reasoning_details: [geminiThought, foreignThought, foreignEncrypted] } },
        },
        {
          type: 'tool-call',
          toolCallId: 'call_1',
          toolName: 'ls',
          input: { path: '.' },
          providerOptions: { openrouter: { reasoning_details: [toolSignature] } },
        },
      ],
    },
    { role: 'tool', content: [{ type: 'tool-result', toolCallId: 'call_1', toolName: 'ls', output: { type: 'text', value: 'a.txt' } }] },
  ];
}

const assistantBase = {
  role: 'assistant',
  content: '',
  reasoning: 'Plan.',
  tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'ls', arguments: '{"path":"."}' } }],
};

const expectedMessages = (details: object[]) => [
  { role: 'user', content: 'List the files.' },
  { ...assistantBase, reasoning_details: details },
  { role: 'tool', tool_call_id: 'call_1', content: 'a.txt' },
];

describe('Gemini thought signatures on replay', () => {
  it.each(['google/gemini-2.5-pro', 'google/gemini-3-pro-preview:nitro', 'openrouter/google/gemini-2.5-flash'])(
    'drops invalid signatures for %s and keeps valid ones untouched',
    async (ref) => {
      const prompt = history();
      const snapshot = structuredClone(prompt);
      const model = proxy()(ref);
      const result = await model.doGenerate(callWith({ prompt }));
      expect(sentBody()).toEqual({
        model: model.modelId,
        messages: expectedMessages([geminiThought, { type: 'reasoning.text', text: 'Other model.', format: 'anthropic-claude-v1', index: 1 }, toolSignature]),
      });
      expect(result.warnings).toHaveLength(1);
      expect(prompt).toEqual(snapshot);
    },
  );

  it('does the same on the streaming path', async () => {
    server.emulator.enqueue({
      type: 'stream',
      chunks: [chatChunk({ role: 'assistant', content: 'a.txt' }), chatChunk({}, { finish_reason: 'stop' }), usageChunk()],
    });
    const { stream } = await proxy()('google/gemini-2.5-pro').doStream(callWith({ prompt: history() }));
    await stream.pipeTo(new WritableStream());
    expect(sentBody()).toEqual({
      model: 'google/gemini-2.5-pro',
      messages: expectedMessages([geminiThought, { type: 'reasoning.text', text: 'Other model.', format: 'anthropic-claude-v1', index: 1 }, toolSignature]),
      stream: true,
      stream_options: { include_usage: true },
    });
  });

  it('leaves every detail to other models', async () => {
    const result = await proxy()('anthropic/claude-sonnet-4.5').doGenerate(callWith({ prompt: history() }));
    expect(sentBody()).toEqual({
      model: 'anthropic/claude-sonnet-4.5',
      messages: expectedMessages([geminiThought, foreignThought, foreignEncrypted, toolSignature]),
    });
    expect(result.warnings).toEqual([]);
  });
});
