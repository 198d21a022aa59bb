import { APICallError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { chatChunk, encodeSpeechMp3, encodeSpeechPcm, encodeWav, sampleSpeechWav, usageChunk } from '../../src/testing';
import { schemaProblems, useEmulator } from '../helpers/emulator';
import { routers } from '../helpers/model-calls';
import { generateText, streamText } from '../helpers/surface';

const MODEL = 'openai/gpt-audio-mini';
const server = useEmulator({ knownModels: [MODEL] });
const { proxy } = routers(server);
const SPOKEN = 'You said: Say hello';

/**
 * OpenRouter documents the `audio` request field (voice and format of a spoken reply) in its audio
 * guide, but its OpenAPI file has no such field yet: every other field of the body is checked
 * against the schema here (and the replies too), then the request is left out of the automatic check.
 */
function checkBodyApartFromAudio(): void {
  const problems = server.emulator.requests.flatMap((request, index) => {
    const { audio: _audio, ...rest } = request.body as Record<string, unknown>;
    return schemaProblems({ ...request, body: rest }, index);
  });
  expect(problems).toEqual([]);
  server.emulator.reset();
}

const speaking = (format: string) => ({ openrouter: { modalities: ['text', 'audio'], audio: { voice: 'alloy', format } } });

describe('spoken replies (modalities text + audio)', () => {
  it.each([
    ['wav', 'audio/wav', sampleSpeechWav(SPOKEN)],
    ['mp3', 'audio/mpeg', encodeSpeechMp3(SPOKEN)],
    // Raw 16-bit PCM is wrapped as WAV (24 kHz mono), as speech models do.
    ['pcm16', 'audio/wav', encodeWav(encodeSpeechPcm(SPOKEN))],
  ])('generateText: %s audio becomes a %s file, the transcript the text', async (format, mediaType, bytes) => {
    const result = await generateText({ model: proxy()(MODEL), prompt: 'Say hello', providerOptions: speaking(format) });
    expect(server.emulator.lastRequest().body).toEqual({
      model: MODEL,
      messages: [{ role: 'user', content: 'Say hello' }],
      modalities: ['text', 'audio'],
      audio: { voice: 'alloy', format },
    });
    expect(result.text).toBe(SPOKEN);
    expect(result.files.map((file) => [file.mediaType, Buffer.from(file.uint8Array)])).toEqual([[mediaType, bytes]]);
    expect(result.warnings).toEqual([]);
    checkBodyApartFromAudio();
  });

  it.each([
    ['wav', 'audio/wav', sampleSpeechWav(SPOKEN)],
    ['pcm16', 'audio/wav', encodeWav(encodeSpeechPcm(SPOKEN))],
  ])('streamText: the transcript streams as text, the %s audio arrives as one %s file', async (format, mediaType, bytes) => {
    const result = streamText({ model: proxy()(MODEL), prompt: 'Say hello', providerOptions: speaking(format) });
    const parts: string[] = [];
    for await (const part of result.fullStream) {
      if (part.type === 'text-delta' || part.type === 'file' || part.type === 'finish' || part.type === 'error') parts.push(part.type);
    }
    expect(parts).toEqual(['text-delta', 'text-delta', 'text-delta', 'file', 'finish']);
    expect(await result.text).toBe(SPOKEN);
    const files = await result.files;
    expect(files.map((file) => [file.mediaType, Buffer.from(file.uint8Array)])).toEqual([[mediaType, bytes]]);
    expect(server.emulator.lastRequest().body.audio).toEqual({ voice: 'alloy', format });
    checkBodyApartFromAudio();
  });

  it('joins streamed pieces that were each padded on their own', async () => {
    server.emulator.enqueue({
      type: 'stream',
      chunks: [
        chatChunk({ role: 'assistant', content: '', audio: { id: 'audio_1', transcript: 'Hi', data: Buffer.from('ab').toString('base64') } }),
        chatChunk({ role: 'assistant', content: '', audio: { data: Buffer.from('cde').toString('base64') } }),
        chatChunk({ role: 'assistant', content: '' }, { finish_reason: 'stop' }),
        usageChunk(),
      ],
    });
    const result = streamText({ model: proxy()(MODEL), prompt: 'Say hello', providerOptions: speaking('pcm16') });
    expect(await result.text).toBe('Hi');
    const files = await result.files;
    expect(files.map((file) => [file.mediaType, Buffer.from(file.uint8Array)])).toEqual([['audio/wav', encodeWav(Buffer.from('abcde'))]]);
    checkBodyApartFromAudio();
  });

  it('a reply whose request named no format is labelled by its container, or wrapped as WAV when it has none', async () => {
    const reply = (data: Buffer) => ({
      type: 'json' as const,
      body: { ...chatReply(), choices: [choiceWith({ role: 'assistant', content: null, audio: { id: 'a', data: data.toString('base64'), transcript: 'Hi' } })] },
    });
    server.emulator.enqueue(reply(encodeSpeechMp3('Hi')), reply(encodeSpeechPcm('Hi')));
    const mp3 = await generateText({ model: proxy()(MODEL), prompt: 'Hi', providerOptions: { openrouter: { modalities: ['text', 'audio'] } } });
    const pcm = await generateText({ model: proxy()(MODEL), prompt: 'Hi', providerOptions: { openrouter: { modalities: ['text', 'audio'] } } });
    expect([mp3, pcm].map((result) => [result.text, result.files[0]?.mediaType])).toEqual([
      ['Hi', 'audio/mpeg'],
      ['Hi', 'audio/wav'],
    ]);
    expect(Buffer.from(pcm.files[0].uint8Array)).toEqual(encodeWav(encodeSpeechPcm('Hi')));
  });

  it('refuses an audio format no voice produces before sending, and passes an upstream refusal on', async () => {
    await expect(generateText({ model: proxy()(MODEL), prompt: 'Hi', providerOptions: speaking('ogg') })).rejects.toThrow(
      'Invalid providerOptions.openrouter.audio.format: "ogg" is not an audio format. Use one of: wav, mp3, flac, opus, aac, pcm16 (pcm16 comes back wrapped as WAV). Check the value against OpenRouter\'s API reference.',
    );
    expect(server.emulator.requests).toHaveLength(0);
    const error = await generateText({ model: proxy()(MODEL), prompt: 'Hi', providerOptions: speaking('flac'), maxRetries: 0 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(APICallError);
    expect((error as APICallError).statusCode).toBe(400);
    expect((error as APICallError).message).toContain('Audio format "flac" is not supported by this model.');
    checkBodyApartFromAudio();
  });
});

function chatReply() {
  return { id: 'gen-audio', object: 'chat.completion', created: 1767225600, model: MODEL, provider: 'OpenAI', system_fingerprint: null };
}

function choiceWith(message: Record<string, unknown>) {
  return { index: 0, message, finish_reason: 'stop', native_finish_reason: 'completed', logprobs: null };
}
