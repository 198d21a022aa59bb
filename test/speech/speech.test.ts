import { APICallError, InvalidArgumentError } from '@ai-sdk/provider';
import { experimental_generateSpeech as generateSpeechV5 } from 'ai';
import { experimental_generateSpeech as generateSpeechV6 } from 'ai-v6';
import { generateSpeech as generateSpeechV7 } from 'ai-v7';
import { describe, expect, it } from 'vitest';
import { decodeSpeechPcm, errorEnvelope } from '../../src/testing';
import { readWav, readSpeechMp3 } from '../../src/testing/audio-samples';
import { silenceAISDKWarnings } from '../helpers/ai-sdk-warnings';
import { useEmulator } from '../helpers/emulator';
import { rejectionOf, thrownBy } from '../helpers/model-calls';
import { surfaceRouters, unsupportedWarning, type Spec } from '../helpers/surfaces';

const server = useEmulator();
silenceAISDKWarnings();
const routers = surfaceRouters(server);

type GenerateSpeech = typeof generateSpeechV5;
const MAJORS: Array<[string, Spec, GenerateSpeech]> = [
  ['AI SDK 5', 'v2', generateSpeechV5],
  ['AI SDK 6', 'v3', generateSpeechV6 as unknown as GenerateSpeech],
  ['AI SDK 7', 'v4', generateSpeechV7 as unknown as GenerateSpeech],
];

describe.each(MAJORS)('%s: speech over POST /audio/speech', (_major, spec, generateSpeech) => {
  const speechModel = (...args: Parameters<ReturnType<typeof routers.v2>['speechModel']>) => routers[spec]().speechModel(...args) as never;

  it('asks for PCM and returns it as a WAV file a player opens, with the generation id', async () => {
    const result = await generateSpeech({ model: speechModel('openai/gpt-4o-mini-tts'), text: 'Hello from the lighthouse.' });

    const request = server.emulator.lastRequest();
    expect(request.originalURL).toBe('https://openrouter.ai/api/v1/audio/speech');
    expect(request.body).toEqual({ model: 'openai/gpt-4o-mini-tts', input: 'Hello from the lighthouse.', response_format: 'pcm' });
    expect(request.headers).toMatchObject({ authorization: 'Bearer test-key', 'http-referer': 'https://openclaw.ai', 'x-openrouter-title': 'OpenClaw' });
    expect(request.headers['user-agent']).toMatch(/^ai\/\d\.\S+ openclaw-router\/\S+/);

    expect(result.audio.mediaType).toBe('audio/wav');
    const wav = readWav(result.audio.uint8Array);
    expect(wav).toMatchObject({ sampleRate: 24_000, channels: 1 });
    expect(decodeSpeechPcm(wav!.pcm)).toBe('Hello from the lighthouse.');
    expect(result.warnings).toEqual([]);
    expect(result.providerMetadata).toEqual({ openrouter: { mediaType: 'audio/wav', generationId: 'gen-emulator-1' } });
  });

  it('sends voice, speed and MP3; instructions and language, which the endpoint lacks, become warnings', async () => {
    const result = await generateSpeech({
      model: speechModel('openai/gpt-4o-mini-tts'),
      text: 'Tide is high.',
      voice: 'alloy',
      speed: 1.25,
      outputFormat: 'mp3',
      instructions: 'Speak slowly.',
      language: 'en',
    });

    expect(server.emulator.lastRequest().body).toEqual({
      model: 'openai/gpt-4o-mini-tts',
      input: 'Tide is high.',
      response_format: 'mp3',
      voice: 'alloy',
      speed: 1.25,
    });
    expect(result.audio.mediaType).toBe('audio/mpeg');
    expect(readSpeechMp3(result.audio.uint8Array)?.text).toBe('Tide is high.');
    expect(result.providerMetadata.openrouter).toEqual({ mediaType: 'audio/mpeg', generationId: 'gen-emulator-1' });
    const hint = 'send it to the provider through providerOptions.openrouter.provider.options (e.g. { openai: { ... } })';
    expect(result.warnings).toEqual([
      unsupportedWarning(spec, 'instructions', `OpenRouter's /audio/speech has no instructions field; for a model that takes them, ${hint}.`),
      unsupportedWarning(spec, 'language', `OpenRouter's /audio/speech has no language field; for a model that takes one, ${hint}.`),
    ]);
  });

  it('returns raw PCM when asked for it, its layout in the metadata', async () => {
    const result = await generateSpeech({ model: speechModel('mistralai/voxtral-mini-tts-2603'), text: 'Raw.', outputFormat: 'pcm' });
    expect(server.emulator.lastRequest().body.response_format).toBe('pcm');
    expect(decodeSpeechPcm(result.audio.uint8Array)).toBe('Raw.');
    expect(result.providerMetadata.openrouter.mediaType).toBe('audio/pcm;rate=24000;channels=1');
  });

  it('sends provider pass-through options and raw fields: the call over the model, extraBody over call options', async () => {
    const model = routers[spec]().speech('openrouter/openai/gpt-4o-mini-tts', {
      provider: { options: { openai: { instructions: 'Cheerful.' } } },
      extraBody: { voice: 'nova' },
    });
    await generateSpeech({
      model: model as never,
      text: 'Hi.',
      voice: 'alloy',
      providerOptions: {
        openrouter: {
          provider: { options: { openai: { instructions: 'Calm.' } } },
          input_references: [{ type: 'input_audio', input_audio: { data: 'data:audio/wav;base64,UklGRg==' } }],
          extraBody: { model: 'not/this', input: 'nor this' },
        },
      },
    });
    expect(server.emulator.lastRequest().body).toEqual({
      model: 'openai/gpt-4o-mini-tts',
      input: 'Hi.',
      response_format: 'pcm',
      provider: { options: { openai: { instructions: 'Calm.' } } },
      input_references: [{ type: 'input_audio', input_audio: { data: 'data:audio/wav;base64,UklGRg==' } }],
      voice: 'nova',
    });
  });

  it('rejects an output format OpenRouter does not produce before sending anything', async () => {
    const error = await rejectionOf(generateSpeech({ model: speechModel('openai/gpt-4o-mini-tts'), text: 'Hi.', outputFormat: 'opus' }));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error.message).toBe(
      'outputFormat "opus" is not a format OpenRouter\'s /audio/speech produces. Use "wav" (the default: PCM in a WAV container), "mp3", or "pcm" (raw 16-bit little-endian samples).',
    );
    expect(server.emulator.requests).toHaveLength(0);
  });

  it('reports OpenRouter errors as APICallError, a JSON envelope sent with HTTP 200 included', async () => {
    server.emulator.enqueue(
      { type: 'json', status: 400, body: errorEnvelope(400, 'Voice "nobody" is not available for this model') },
      { type: 'json', status: 200, body: errorEnvelope(502, 'Provider returned error', { provider_name: 'OpenAI', raw: 'upstream timeout' }) },
    );
    const badVoice = await rejectionOf(generateSpeech({ model: speechModel('openai/gpt-4o-mini-tts'), text: 'Hi.', voice: 'nobody', maxRetries: 0 }));
    expect(APICallError.isInstance(badVoice)).toBe(true);
    expect(badVoice.message).toBe('OpenRouter error 400: Voice "nobody" is not available for this model');
    expect(badVoice.isRetryable).toBe(false);

    const upstream = await rejectionOf(generateSpeech({ model: speechModel('openai/gpt-4o-mini-tts'), text: 'Hi.', maxRetries: 0 }));
    expect(APICallError.isInstance(upstream)).toBe(true);
    expect(upstream.message).toBe('OpenRouter error 502: Provider returned error (provider: OpenAI) - upstream timeout');
    expect(upstream.isRetryable).toBe(true);
  });
});

describe('speech model settings', () => {
  it('names a misspelt option and the known ones', () => {
    const error = thrownBy(() => routers.v2().speechModel('openai/gpt-4o-mini-tts', { voice: 'alloy' } as never));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error.message).toBe(
      'Invalid speechModel settings: "voice" is not a speech option. Known: provider, input_references, extraBody; put raw body fields in extraBody.',
    );
  });

  it('needs a model id', () => {
    expect(thrownBy(() => routers.v4().speech('' as never)).message).toBe('router.speechModel needs a model id, e.g. "openai/gpt-4o-mini-tts".');
  });
});
