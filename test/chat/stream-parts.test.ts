import type { LanguageModelV2CallOptions, LanguageModelV2StreamPart } from '@ai-sdk/provider';
import { convertReadableStreamToArray } from '@ai-sdk/provider-utils/test';
import { describe, expect, it } from 'vitest';
import { chatChunk, usageChunk, type ChatChunkObject } from '../../src/testing';
import type { StreamReply } from '../../src/testing';
import { useEmulator } from '../helpers/emulator';
import { fileData, modelFinishReason, sdkFinishReason, specPrompt } from '../helpers/spec-shapes';
import { chatModels, DEFAULT_SDK_USAGE, DEFAULT_USAGE, DEFAULT_USAGE_METADATA, defaultFinish, HI, normalizeParts, RESPONSE_METADATA, START } from './support';
import { streamText } from '../helpers/surface';

const server = useEmulator();

const model = chatModels(server, 'openai/gpt-5');

async function streamParts(reply: Omit<StreamReply, 'type'>, options: Partial<LanguageModelV2CallOptions> = {}) {
  server.emulator.enqueue({ type: 'stream', ...reply });
  const { stream } = await model().doStream({ prompt: HI, ...options });
  return convertReadableStreamToArray(stream);
}

const text = (content: string | null) => chatChunk({ role: 'assistant', content });
const reasoning = (piece: string) =>
  chatChunk({ role: 'assistant', content: '', reasoning: piece, reasoning_details: [{ type: 'reasoning.text', text: piece, format: 'anthropic-claude-v1', index: 0 }] });
const STOP = chatChunk({ role: 'assistant', content: '' }, { finish_reason: 'stop' });

const finish = (extra: Record<string, unknown> = {}) => defaultFinish('stop', 'stop', { nativeFinishReason: 'stop', ...extra });

const HELLO_CHUNKS = [text('Hel'), text('lo, '), text('wörld 👋'), STOP, usageChunk()];
const HELLO_PARTS = [
  START,
  RESPONSE_METADATA,
  { type: 'text-start', id: 'text-1' },
  { type: 'text-delta', id: 'text-1', delta: 'Hel' },
  { type: 'text-delta', id: 'text-1', delta: 'lo, ' },
  { type: 'text-delta', id: 'text-1', delta: 'wörld 👋' },
  { type: 'text-end', id: 'text-1' },
  finish(),
];

describe('text streams', () => {
  it('streams text as one block between stream-start, one response-metadata and finish with usage', async () => {
    expect(normalizeParts(await streamParts({ chunks: HELLO_CHUNKS }))).toEqual(HELLO_PARTS);
  });

  it('yields the same parts when the network cuts events and characters into 1-byte pieces', async () => {
    expect(normalizeParts(await streamParts({ chunks: HELLO_CHUNKS, networkChunkSize: 1 }))).toEqual(HELLO_PARTS);
  });

  it('ignores keep-alive comments anywhere in the stream', async () => {
    const keepAlive = ': OPENROUTER PROCESSING\n\n';
    const chunks = [keepAlive, text('Hel'), keepAlive, keepAlive, text('lo, '), text('wörld 👋'), keepAlive, STOP, usageChunk()];
    expect(normalizeParts(await streamParts({ chunks, networkChunkSize: 7 }))).toEqual(HELLO_PARTS);
  });

  it('opens no text block for empty or null content', async () => {
    expect(normalizeParts(await streamParts({ chunks: [text(''), text(null), STOP, usageChunk()] }))).toEqual([START, RESPONSE_METADATA, finish()]);
  });

  it('finishes normally when a finish reason came but [DONE] did not', async () => {
    expect(normalizeParts(await streamParts({ chunks: HELLO_CHUNKS, done: false }))).toEqual(HELLO_PARTS);
  });

  it('takes [DONE] without a finish reason as a complete reply with an unknown finish reason', async () => {
    const parts = await streamParts({ chunks: [text('Hi'), usageChunk()] });
    expect(normalizeParts(parts)).toEqual([
      START,
      RESPONSE_METADATA,
      { type: 'text-start', id: 'text-1' },
      { type: 'text-delta', id: 'text-1', delta: 'Hi' },
      { type: 'text-end', id: 'text-1' },
      {
        type: 'finish',
        finishReason: modelFinishReason('unknown', undefined),
        usage: DEFAULT_USAGE,
        providerMetadata: { openrouter: { provider: 'OpenAI', model: 'openai/gpt-4o-mini', generationId: 'gen-emulator-0', usage: DEFAULT_USAGE_METADATA } },
      },
    ]);
  });

  it('takes the response metadata from the first chunk only', async () => {
    const later = { id: 'gen-other', model: 'other/model', created: 1 };
    const parts = await streamParts({
      chunks: [text('A'), chatChunk({ content: 'B' }, later), chatChunk({ content: '' }, { ...later, finish_reason: 'stop' }), usageChunk()],
    });
    expect(parts.filter((part) => part.type === 'response-metadata')).toEqual([RESPONSE_METADATA]);
  });

  it('reports the request warnings in stream-start', async () => {
    const parts = await streamParts(
      { chunks: HELLO_CHUNKS },
      { prompt: specPrompt([...HI, { role: 'assistant', content: [{ type: 'file', data: 'AAAA', mediaType: 'application/pdf' }] }, ...HI]) },
    );
    expect(parts[0]).toEqual({
      type: 'stream-start',
      warnings: [{ type: 'other', message: 'An assistant file part of type application/pdf was not replayed: OpenRouter replays assistant images only.' }],
    });
  });
});

describe('reasoning in a stream', () => {
  it('gives alternating reasoning and text blocks unique ids and ends each before the next', async () => {
    const parts = await streamParts({
      chunks: [reasoning('Think 1.'), text('Say 1.'), reasoning('Think 2.'), text('Say 2.'), STOP, usageChunk()],
    });
    const detail = (piece: string) => ({ type: 'reasoning.text', text: piece, format: 'anthropic-claude-v1', index: 0 });
    expect(normalizeParts(parts)).toEqual([
      START,
      RESPONSE_METADATA,
      { type: 'reasoning-start', id: 'reasoning-1' },
      { type: 'reasoning-delta', id: 'reasoning-1', delta: 'Think 1.' },
      { type: 'reasoning-end', id: 'reasoning-1', providerMetadata: { openrouter: { reasoning_details: [detail('Think 1.')] } } },
      { type: 'text-start', id: 'text-1' },
      { type: 'text-delta', id: 'text-1', delta: 'Say 1.' },
      { type: 'text-end', id: 'text-1' },
      { type: 'reasoning-start', id: 'reasoning-2' },
      { type: 'reasoning-delta', id: 'reasoning-2', delta: 'Think 2.' },
      { type: 'reasoning-end', id: 'reasoning-2', providerMetadata: { openrouter: { reasoning_details: [detail('Think 2.')] } } },
      { type: 'text-start', id: 'text-2' },
      { type: 'text-delta', id: 'text-2', delta: 'Say 2.' },
      { type: 'text-end', id: 'text-2' },
      finish({ reasoning_details: [detail('Think 1.'), detail('Think 2.')] }),
    ]);
    const ids = parts.flatMap((part) => (part.type === 'text-start' || part.type === 'reasoning-start' ? [part.id] : []));
    expect(new Set(ids).size).toBe(4);
  });

  it('falls back to the plain reasoning field when no details come', async () => {
    const parts = await streamParts({
      chunks: [chatChunk({ role: 'assistant', reasoning: 'Hmm, ' }), chatChunk({ reasoning: 'yes.' }), text('Yes.'), STOP, usageChunk()],
    });
    expect(normalizeParts(parts)).toEqual([
      START,
      RESPONSE_METADATA,
      { type: 'reasoning-start', id: 'reasoning-1' },
      { type: 'reasoning-delta', id: 'reasoning-1', delta: 'Hmm, ' },
      { type: 'reasoning-delta', id: 'reasoning-1', delta: 'yes.' },
      { type: 'reasoning-end', id: 'reasoning-1' },
      { type: 'text-start', id: 'text-1' },
      { type: 'text-delta', id: 'text-1', delta: 'Yes.' },
      { type: 'text-end', id: 'text-1' },
      finish(),
    ]);
  });

  it('never shows encrypted reasoning as text', async () => {
    const encrypted = { type: 'reasoning.encrypted', data: 'gAAAA-opaque', id: 'rs_1', format: 'openai-responses-v1', index: 0 };
    const parts = await streamParts({
      chunks: [chatChunk({ role: 'assistant', content: '', reasoning_details: [encrypted] }), text('Answer.'), STOP, usageChunk()],
    });
    expect(normalizeParts(parts)).toEqual([
      START,
      RESPONSE_METADATA,
      { type: 'reasoning-start', id: 'reasoning-1' },
      { type: 'reasoning-end', id: 'reasoning-1', providerMetadata: { openrouter: { reasoning_details: [encrypted] } } },
      { type: 'text-start', id: 'text-1' },
      { type: 'text-delta', id: 'text-1', delta: 'Answer.' },
      { type: 'text-end', id: 'text-1' },
      finish({ reasoning_details: [encrypted] }),
    ]);
  });
});

describe('raw chunks', () => {
  it('adds each parsed chunk as a raw part before what it yields, only when asked', async () => {
    const chunks: ChatChunkObject[] = [text('Hi'), STOP, usageChunk()];
    const withRaw = await streamParts({ chunks }, { includeRawChunks: true });
    expect(normalizeParts(withRaw)).toEqual([
      START,
      { type: 'raw', rawValue: chunks[0] },
      RESPONSE_METADATA,
      { type: 'text-start', id: 'text-1' },
      { type: 'text-delta', id: 'text-1', delta: 'Hi' },
      { type: 'raw', rawValue: chunks[1] },
      { type: 'raw', rawValue: chunks[2] },
      { type: 'text-end', id: 'text-1' },
      finish(),
    ]);

    const withoutRaw = await streamParts({ chunks });
    expect(withoutRaw.some((part) => part.type === 'raw')).toBe(false);
  });
});

describe('images and annotations in a stream', () => {
  const PNG = 'iVBORw0KGgo=';

  it('streams images as file parts, citations as sources once per URL, and keeps file annotations for the finish', async () => {
    const fileAnnotation = { type: 'file', file: { hash: 'h1', name: 'doc.pdf', content: [{ type: 'text', text: 'page 1' }] } };
    const cite = (url: string, title?: string) => ({ type: 'url_citation', url_citation: { url, ...(title ? { title } : {}) } });
    const parts = await streamParts({
      chunks: [
        text('See '),
        chatChunk({ content: 'this.', annotations: [cite('https://example.com/a', 'A'), fileAnnotation] }),
        chatChunk({ content: '', images: [{ type: 'image_url', image_url: { url: `data:image/png;base64,${PNG}` } }] }),
        chatChunk({ content: '', annotations: [cite('https://example.com/a', 'A'), cite('https://example.com/b')] }),
        STOP,
        usageChunk(),
      ],
    });
    expect(normalizeParts(parts)).toEqual([
      START,
      RESPONSE_METADATA,
      { type: 'text-start', id: 'text-1' },
      { type: 'text-delta', id: 'text-1', delta: 'See ' },
      { type: 'text-delta', id: 'text-1', delta: 'this.' },
      { type: 'source', sourceType: 'url', id: 'https://example.com/a', url: 'https://example.com/a', title: 'A' },
      { type: 'file', mediaType: 'image/png', data: fileData(PNG) },
      { type: 'source', sourceType: 'url', id: 'https://example.com/b', url: 'https://example.com/b' },
      { type: 'text-end', id: 'text-1' },
      finish({ annotations: [fileAnnotation] }),
    ]);
  });

  it('gives streamText users text, reasoning, sources and files', async () => {
    server.emulator.enqueue({
      type: 'stream',
      chunks: [
        reasoning('Looking it up.'),
        text('Paris.'),
        chatChunk({ content: '', annotations: [{ type: 'url_citation', url_citation: { url: 'https://example.com/paris', title: 'Paris' } }] }),
        chatChunk({ content: '', images: [{ type: 'image_url', image_url: { url: `data:image/png;base64,${PNG}` } }] }),
        STOP,
        usageChunk(),
      ],
    });
    const result = streamText({ model: model(), prompt: 'Capital of France?' });
    expect(await result.text).toBe('Paris.');
    expect(await result.reasoningText).toBe('Looking it up.');
    expect(await result.sources).toEqual([{ type: 'source', sourceType: 'url', id: 'https://example.com/paris', url: 'https://example.com/paris', title: 'Paris' }]);
    expect((await result.files).map((file) => ({ mediaType: file.mediaType, base64: file.base64 }))).toEqual([{ mediaType: 'image/png', base64: PNG }]);
    expect(await result.finishReason).toBe(sdkFinishReason('stop'));
    expect(await result.usage).toEqual(DEFAULT_SDK_USAGE);
  });
});

describe('cancelling', () => {
  it('stops reading when the caller aborts a stalled stream', async () => {
    const controller = new AbortController();
    // The keep-alive comment and the first event, then silence.
    const firstEvent = `: OPENROUTER PROCESSING\n\ndata: ${JSON.stringify(HELLO_CHUNKS[0])}\n\n`;
    server.emulator.enqueue({ type: 'stream', chunks: HELLO_CHUNKS, stallAfterBytes: Buffer.byteLength(firstEvent) });
    const { stream } = await model().doStream({ prompt: HI, abortSignal: controller.signal });
    const reader = stream.getReader();
    const seen: LanguageModelV2StreamPart[] = [];
    for (;;) {
      const { value } = await reader.read();
      seen.push(value!);
      if (value?.type === 'text-delta') break;
    }
    controller.abort();
    const error = await reader.read().then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect((error as Error).name).toBe('AbortError');
    expect(normalizeParts(seen.concat({ type: 'text-end', id: (seen.at(-1) as { id: string }).id }))).toEqual([
      START,
      RESPONSE_METADATA,
      { type: 'text-start', id: 'text-1' },
      { type: 'text-delta', id: 'text-1', delta: 'Hel' },
      { type: 'text-end', id: 'text-1' },
    ]);
  });
});
