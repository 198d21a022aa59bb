import type { ModelMessage } from 'ai';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/v4';
import { chatCompletion } from '../../src/testing';
import { useEmulator } from '../helpers/emulator';
import { routers } from './support';
import { generateText, tool } from '../helpers/surface';

const server = useEmulator();
const { verified, sentBody } = routers(server);

/** Anthropic's signature over its thinking block: base64, as Anthropic signs. */
const ANTHROPIC_SIGNATURE = 'wxhcCZqhYxwfLgEHLWmL8xIsMaDC21Pd9uRsZW0BO4D3YKk0oRTOvO0Pn4ve2j0ThW6tb4vqzF+SylG39wvKCQ==';
/** A message id left in a signature slot: what Gemini rejects as "Thought signature is not valid". */
const MESSAGE_ID_SIGNATURE = 'msg_01XFDUDYJgAACzvnptvVoYEL';

const SIGNED_THINKING = {
  type: 'reasoning.text',
  text: 'The user wants the weather; call the tool.',
  signature: ANTHROPIC_SIGNATURE,
  format: 'anthropic-claude-v1',
  index: 0,
};
const REDACTED_THINKING = { type: 'reasoning.encrypted', data: MESSAGE_ID_SIGNATURE, format: 'anthropic-claude-v1', index: 1 };

const weather = tool({
  description: 'Current weather for a city',
  inputSchema: z.object({ city: z.string() }),
  execute: async ({ city }) => ({ city, celsius: 18 }),
});

describe('a conversation started on Anthropic continues on Gemini', () => {
  it('drops only the signatures Gemini would reject, and Anthropic keeps its signed details', async () => {
    server.emulator.enqueue({
      type: 'json',
      body: chatCompletion({
        model: 'anthropic/claude-sonnet-4.5',
        provider: 'Anthropic',
        finish_reason: 'tool_calls',
        message: {
          content: null,
          reasoning: 'The user wants the weather; call the tool.',
          reasoning_details: [SIGNED_THINKING, REDACTED_THINKING],
          tool_calls: [{ id: 'toolu_01', type: 'function', function: { name: 'weather', arguments: '{"city":"Paris"}' } }],
        },
      }),
    });
    const system = 'You are OpenClaw.';
    const history: ModelMessage[] = [{ role: 'user', content: 'Weather in Paris?' }];
    const turn1 = await generateText({
      model: verified()('anthropic/claude-sonnet-4.5'),
      system,
      messages: history,
      tools: { weather },
      providerOptions: { openrouter: { thinking: 'high' } },
    });
    expect(sentBody().reasoning).toEqual({ effort: 'high' });
    expect(turn1.toolResults).toHaveLength(1);

    const conversation: ModelMessage[] = [...history, ...turn1.response.messages];
    const storedHistory = structuredClone(conversation);
    const replayedAssistant = {
      role: 'assistant',
      content: '',
      reasoning: 'The user wants the weather; call the tool.',
      tool_calls: [{ id: 'toolu_01', type: 'function', function: { name: 'weather', arguments: '{"city":"Paris"}' } }],
    };
    const toolMessage = { role: 'tool', tool_call_id: 'toolu_01', content: '{"city":"Paris","celsius":18}' };

    const onGemini = await generateText({ model: verified()('google/gemini-2.5-pro'), system, messages: conversation, tools: { weather } });
    const geminiBody = sentBody();
    expect(geminiBody.messages).toEqual([
      // Gemini caches what a marker delimits, as Anthropic does: the system prompt is marked.
      { role: 'system', content: [{ type: 'text', text: 'You are OpenClaw.', cache_control: { type: 'ephemeral' } }] },
      { role: 'user', content: 'Weather in Paris?' },
      { ...replayedAssistant, reasoning_details: [SIGNED_THINKING] },
      toolMessage,
    ]);
    expect(JSON.stringify(geminiBody)).not.toContain(MESSAGE_ID_SIGNATURE);
    expect(onGemini.warnings).toEqual([
      {
        type: 'other',
        message:
          '1 replayed reasoning signature was not sent to google/gemini-2.5-pro: not valid base64 (history from another model), which Gemini rejects with "Thought signature is not valid".',
      },
    ]);

    await generateText({ model: verified()('anthropic/claude-sonnet-4.5'), system, messages: conversation, tools: { weather } });
    expect(sentBody().messages).toEqual([
      { role: 'system', content: [{ type: 'text', text: 'You are OpenClaw.', cache_control: { type: 'ephemeral' } }] },
      { role: 'user', content: 'Weather in Paris?' },
      { ...replayedAssistant, reasoning_details: [SIGNED_THINKING, REDACTED_THINKING] },
      toolMessage,
    ]);

    expect(conversation).toEqual(storedHistory);
  });
});
