import { describe, expect, it } from 'vitest';
import { chatCompletion } from '../../src/testing';
import { useEmulator } from '../helpers/emulator';
import { fileData, modelFinishReason } from '../helpers/spec-shapes';
import { chatModels, DEFAULT_USAGE, DEFAULT_USAGE_METADATA, HI } from './support';
import { generateText } from '../helpers/surface';

const server = useEmulator();

const model = chatModels(server, 'anthropic/claude-sonnet-4.5');

async function generateFrom(body: Record<string, unknown>) {
  server.emulator.enqueue({ type: 'json', body });
  return model().doGenerate({ prompt: HI });
}

const PNG = 'iVBORw0KGgo=';

describe('a generated reply', () => {
  it('returns the text with finish reason, usage, metadata, request and response', async () => {
    const reply = chatCompletion({
      id: 'gen-123',
      model: 'anthropic/claude-4.5-sonnet-20250929',
      provider: 'Anthropic',
      created: 1767225600,
      message: { content: 'Hello there.' },
    });
    server.emulator.enqueue({ type: 'json', body: reply, headers: { 'x-ratelimit-remaining': '99' } });
    const result = await model().doGenerate({ prompt: HI });

    expect(result).toEqual({
      content: [{ type: 'text', text: 'Hello there.' }],
      finishReason: modelFinishReason('stop', 'stop'),
      usage: DEFAULT_USAGE,
      providerMetadata: {
        openrouter: {
          provider: 'Anthropic',
          model: 'anthropic/claude-4.5-sonnet-20250929',
          generationId: 'gen-123',
          nativeFinishReason: 'stop',
          usage: DEFAULT_USAGE_METADATA,
        },
      },
      warnings: [],
      request: { body: { model: 'anthropic/claude-sonnet-4.5', messages: [{ role: 'user', content: 'Hi' }] } },
      response: {
        id: 'gen-123',
        modelId: 'anthropic/claude-4.5-sonnet-20250929',
        timestamp: new Date('2026-01-01T00:00:00.000Z'),
        // Transport headers (date, connection, ...) come and go with the HTTP stack.
        headers: expect.objectContaining({
          'content-type': 'application/json',
          'x-generation-id': 'gen-123',
          'x-ratelimit-remaining': '99',
        }),
        body: reply,
      },
    });
  });

  it('reads text given as content parts', async () => {
    const result = await generateFrom(
      chatCompletion({
        message: {
          content: [
            { type: 'text', text: 'Part one, ' },
            { type: 'text', text: 'part two.' },
          ],
        },
      }),
    );
    expect(result.content).toEqual([{ type: 'text', text: 'Part one, part two.' }]);
  });

  it('puts reasoning first, then text, tool calls, images and sources', async () => {
    const details = [{ type: 'reasoning.text', text: 'Thinking.', signature: 'sig-1', format: 'anthropic-claude-v1', index: 0 }];
    const result = await generateFrom(
      chatCompletion({
        finish_reason: 'tool_calls',
        message: {
          content: 'Here you go.',
          reasoning: 'Thinking.',
          reasoning_details: details,
          tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'save', arguments: '{"ok":true}' } }],
          images: [{ type: 'image_url', image_url: { url: `data:image/png;base64,${PNG}` } }],
          annotations: [{ type: 'url_citation', url_citation: { url: 'https://example.com/a', title: 'A', start_index: 0, end_index: 4 } }],
        },
      }),
    );
    expect(result.content).toEqual([
      { type: 'reasoning', text: 'Thinking.', providerMetadata: { openrouter: { reasoning_details: details } } },
      { type: 'text', text: 'Here you go.' },
      { type: 'tool-call', toolCallId: 'call_1', toolName: 'save', input: '{"ok":true}' },
      { type: 'file', mediaType: 'image/png', data: fileData(PNG) },
      { type: 'source', sourceType: 'url', id: 'https://example.com/a', url: 'https://example.com/a', title: 'A' },
    ]);
    expect(result.finishReason).toEqual(modelFinishReason('tool-calls', 'tool_calls'));
  });
});

describe('reasoning in a generated reply', () => {
  it('shows text and summary details, never encrypted ones, and keeps all details unmodified in order', async () => {
    const details = [
      { type: 'reasoning.summary', summary: 'Plan: compare. ', format: 'openai-responses-v1', index: 0, id: 'rs_1' },
      { type: 'reasoning.encrypted', data: 'gAAAAB-opaque', format: 'openai-responses-v1', index: 1, id: 'rs_1' },
      { type: 'reasoning.text', text: 'Then answer.', signature: null, format: 'openai-responses-v1', index: 2 },
    ];
    const result = await generateFrom(chatCompletion({ message: { content: 'Done.', reasoning: 'IGNORED when details exist', reasoning_details: details } }));
    expect(result.content).toEqual([
      { type: 'reasoning', text: 'Plan: compare. Then answer.', providerMetadata: { openrouter: { reasoning_details: details } } },
      { type: 'text', text: 'Done.' },
    ]);
    expect(result.providerMetadata?.openrouter?.reasoning_details).toEqual(details);
  });

  it('keeps encrypted-only reasoning as an empty reasoning part that carries the details', async () => {
    const details = [{ type: 'reasoning.encrypted', data: 'CiQB-opaque==', format: 'google-gemini-v1', index: 0 }];
    const result = await generateFrom(chatCompletion({ message: { content: 'Done.', reasoning_details: details } }));
    expect(result.content).toEqual([
      { type: 'reasoning', text: '', providerMetadata: { openrouter: { reasoning_details: details } } },
      { type: 'text', text: 'Done.' },
    ]);
  });

  it('falls back to the plain reasoning string when there are no details', async () => {
    const result = await generateFrom(chatCompletion({ message: { content: 'Done.', reasoning: 'Short thought.' } }));
    expect(result.content).toEqual([
      { type: 'reasoning', text: 'Short thought.' },
      { type: 'text', text: 'Done.' },
    ]);
  });

  it('ties Gemini thought signatures to the tool call they belong to', async () => {
    const signature = { type: 'reasoning.encrypted', data: 'CiQBsig==', id: 'call_9', format: 'google-gemini-v1', index: 0 };
    const result = await generateFrom(
      chatCompletion({
        model: 'google/gemini-2.5-pro',
        finish_reason: 'tool_calls',
        message: {
          content: null,
          reasoning_details: [signature],
          tool_calls: [
            { id: 'call_9', type: 'function', function: { name: 'search', arguments: '{"q":"x"}' } },
            { id: 'call_10', type: 'function', function: { name: 'search', arguments: '{"q":"y"}' } },
          ],
        },
      }),
    );
    expect(result.content).toEqual([
      { type: 'reasoning', text: '', providerMetadata: { openrouter: { reasoning_details: [signature] } } },
      { type: 'tool-call', toolCallId: 'call_9', toolName: 'search', input: '{"q":"x"}', providerMetadata: { openrouter: { reasoning_details: [signature] } } },
      { type: 'tool-call', toolCallId: 'call_10', toolName: 'search', input: '{"q":"y"}' },
    ]);
  });
});

describe('images in a generated reply', () => {
  it('turns every data-URL image into a file part', async () => {
    const result = await generateFrom(
      chatCompletion({
        model: 'google/gemini-3.1-flash-image-preview',
        message: {
          content: 'Two variants.',
          images: [
            { type: 'image_url', image_url: { url: `data:image/png;base64,${PNG}` } },
            { type: 'image_url', image_url: { url: 'data:image/jpeg;base64,/9j/4AAQ' } },
          ],
        },
      }),
    );
    expect(result.content).toEqual([
      { type: 'text', text: 'Two variants.' },
      { type: 'file', mediaType: 'image/png', data: fileData(PNG) },
      { type: 'file', mediaType: 'image/jpeg', data: fileData('/9j/4AAQ') },
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('warns about an image given as a link instead of dropping it silently', async () => {
    const result = await generateFrom(
      chatCompletion({ message: { content: 'See link.', images: [{ type: 'image_url', image_url: { url: 'https://cdn.example.com/out.png' } }] } }),
    );
    expect(result.content).toEqual([{ type: 'text', text: 'See link.' }]);
    expect(result.warnings).toEqual([{ type: 'other', message: 'An image the model returned as a link was not downloaded: https://cdn.example.com/out.png' }]);
  });

  it('gives generateText users the images as files', async () => {
    server.emulator.enqueue({
      type: 'json',
      body: chatCompletion({ message: { content: 'Here.', images: [{ type: 'image_url', image_url: { url: `data:image/png;base64,${PNG}` } }] } }),
    });
    const result = await generateText({ model: model(), prompt: 'Draw a dot' });
    expect(result.files.map((file) => ({ mediaType: file.mediaType, base64: file.base64 }))).toEqual([{ mediaType: 'image/png', base64: PNG }]);
  });
});

describe('annotations in a generated reply', () => {
  it('turns url citations into sources, once per URL, with title and quoted content', async () => {
    const result = await generateFrom(
      chatCompletion({
        model: 'openai/gpt-5:online',
        message: {
          content: 'Paris is the capital [1][2].',
          annotations: [
            {
              type: 'url_citation',
              url_citation: { url: 'https://en.wikipedia.org/wiki/Paris', title: 'Paris', content: 'Paris is the capital of France.', start_index: 21, end_index: 24 },
            },
            { type: 'url_citation', url_citation: { url: 'https://example.com/france' } },
            { type: 'url_citation', url_citation: { url: 'https://en.wikipedia.org/wiki/Paris', title: 'Paris', start_index: 24, end_index: 27 } },
          ],
        },
      }),
    );
    expect(result.content).toEqual([
      { type: 'text', text: 'Paris is the capital [1][2].' },
      {
        type: 'source',
        sourceType: 'url',
        id: 'https://en.wikipedia.org/wiki/Paris',
        url: 'https://en.wikipedia.org/wiki/Paris',
        title: 'Paris',
        providerMetadata: { openrouter: { content: 'Paris is the capital of France.' } },
      },
      { type: 'source', sourceType: 'url', id: 'https://example.com/france', url: 'https://example.com/france' },
    ]);
  });

  it('keeps file annotations in metadata on the text and the response', async () => {
    const fileAnnotation = { type: 'file', file: { hash: 'abc123', name: 'report.pdf', content: [{ type: 'text', text: 'Parsed page 1' }] } };
    const result = await generateFrom(chatCompletion({ message: { content: 'The report says yes.', annotations: [fileAnnotation] } }));
    expect(result.content).toEqual([{ type: 'text', text: 'The report says yes.', providerMetadata: { openrouter: { annotations: [fileAnnotation] } } }]);
    expect(result.providerMetadata?.openrouter?.annotations).toEqual([fileAnnotation]);
  });

  it('gives generateText users the citations as sources', async () => {
    server.emulator.enqueue({
      type: 'json',
      body: chatCompletion({ message: { content: 'Cited.', annotations: [{ type: 'url_citation', url_citation: { url: 'https://example.com/a', title: 'A' } }] } }),
    });
    const result = await generateText({ model: model(), prompt: 'Cite' });
    expect(result.sources).toEqual([{ type: 'source', sourceType: 'url', id: 'https://example.com/a', url: 'https://example.com/a', title: 'A' }]);
  });
});
