import { APICallError, InvalidArgumentError } from '@ai-sdk/provider';
import { experimental_transcribe as transcribeV5 } from 'ai';
import { experimental_transcribe as transcribeV6 } from 'ai-v6';
import { transcribe as transcribeV7 } from 'ai-v7';
import { describe, expect, it } from 'vitest';
import { encodeSpeechMp3, errorEnvelope, sampleSpeechWav } from '../../src/testing';
import { silenceAISDKWarnings } from '../helpers/ai-sdk-warnings';
import { useEmulator } from '../helpers/emulator';
import { rejectionOf, thrownBy } from '../helpers/model-calls';
import { surfaceRouters, type Spec } from '../helpers/surfaces';

const server = useEmulator();
silenceAISDKWarnings();
const routers = surfaceRouters(server);

type Transcribe = typeof transcribeV5;
const MAJORS: Array<[string, Spec, Transcribe]> = [
  ['AI SDK 5', 'v2', transcribeV5],
  ['AI SDK 6', 'v3', transcribeV6 as unknown as Transcribe],
  ['AI SDK 7', 'v4', transcribeV7 as unknown as Transcribe],
];

const SPOKEN = 'Meet me at the pier.';

describe.each(MAJORS)('%s: transcription over POST /audio/transcriptions', (_major, spec, transcribe) => {
  const transcriptionModel = (id: string, settings?: object) => routers[spec]().transcriptionModel(id, settings) as never;

  it('sends the audio as base64 with its format and returns the transcript, duration and cost', async () => {
    const wav = sampleSpeechWav(SPOKEN);
    const result = await transcribe({ model: transcriptionModel('openai/whisper-large-v3'), audio: wav });

    const request = server.emulator.lastRequest();
    expect(request.originalURL).toBe('https://openrouter.ai/api/v1/audio/transcriptions');
    expect(request.body).toEqual({ model: 'openai/whisper-large-v3', input_audio: { data: wav.toString('base64'), format: 'wav' } });
    expect(request.headers['user-agent']).toMatch(/^ai\/\d\.\S+ openclaw-router\/\S+/);
    expect(result.text).toBe(SPOKEN);
    expect(result.segments).toEqual([]);
    expect(result.language).toBeUndefined();
    expect(result.durationInSeconds).toBe(0.8);
    expect(result.warnings).toEqual([]);
    expect(result.providerMetadata).toEqual({ openrouter: { generationId: 'gen-emulator-1', usage: { seconds: 0.8, cost: 0.00008 } } });
  });

  it('sends language, temperature and verbose_json; returns timed segments and the language', async () => {
    const result = await transcribe({
      model: transcriptionModel('openai/whisper-large-v3', { temperature: 0, provider: { options: { openai: { prompt: 'Harbour talk.' } } } }),
      audio: encodeSpeechMp3(SPOKEN),
      providerOptions: { openrouter: { language: 'en', response_format: 'verbose_json', timestamp_granularities: ['segment'] } },
    });

    expect(server.emulator.lastRequest().body).toEqual({
      model: 'openai/whisper-large-v3',
      input_audio: { data: encodeSpeechMp3(SPOKEN).toString('base64'), format: 'mp3' },
      temperature: 0,
      provider: { options: { openai: { prompt: 'Harbour talk.' } } },
      language: 'en',
      response_format: 'verbose_json',
      timestamp_granularities: ['segment'],
    });
    expect(result.text).toBe(SPOKEN);
    expect(result.language).toBe('en');
    expect(result.durationInSeconds).toBe(0.816);
    expect(result.segments).toEqual([{ text: SPOKEN, startSecond: 0, endSecond: 0.816 }]);
    expect(result.providerMetadata.openrouter).toEqual({ generationId: 'gen-emulator-1', language: 'en', usage: { seconds: 0.816, cost: 0.0000816 } });
  });

  it('keeps a language name that is not an ISO code in the metadata only', async () => {
    const result = await transcribe({
      model: transcriptionModel('openai/whisper-large-v3'),
      audio: sampleSpeechWav('Ahoy.'),
      providerOptions: { openrouter: { response_format: 'verbose_json' } },
    });
    expect(result.language).toBeUndefined();
    expect(result.providerMetadata.openrouter.language).toBe('english');
  });

  it('warns when timestamp granularities cannot apply without verbose_json', async () => {
    const result = await transcribe({
      model: transcriptionModel('openai/whisper-large-v3'),
      audio: sampleSpeechWav('Ahoy.'),
      providerOptions: { openrouter: { timestamp_granularities: ['word'] } },
    });
    expect(result.warnings).toEqual([
      {
        type: 'other',
        message: 'timestamp_granularities only apply with response_format "verbose_json" (OpenRouter ignores them otherwise); the request asks for the default "json".',
      },
    ]);
  });

  it('reports OpenRouter errors as APICallError with the upstream cause', async () => {
    server.emulator.enqueue({
      type: 'json',
      status: 400,
      body: errorEnvelope(400, 'Provider returned error', { provider_name: 'Groq', raw: '{"error":{"message":"file is too short"}}' }),
    });
    const error = await rejectionOf(transcribe({ model: transcriptionModel('openai/whisper-large-v3'), audio: sampleSpeechWav('A.') }));
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error.message).toBe('OpenRouter error 400: Provider returned error (provider: Groq) - file is too short');
    expect(error.isRetryable).toBe(false);
  });
});

describe('transcription input checks', () => {
  it('rejects audio of a format OpenRouter does not take, before sending anything', async () => {
    const model = routers.v2().transcriptionModel('openai/whisper-large-v3');
    const error = await rejectionOf(model.doGenerate({ audio: new Uint8Array([1, 2, 3]), mediaType: 'audio/aiff' }));
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect(error.message).toBe(
      'Audio of media type "audio/aiff" cannot be transcribed through OpenRouter, whose /audio/transcriptions takes wav, mp3, flac, m4a, ogg, webm, aac. Convert the audio to one of these (e.g. audio/wav or audio/mpeg).',
    );
    expect(server.emulator.requests).toHaveLength(0);
  });

  it('takes base64 and data URLs as the specs allow, and media types with parameters', async () => {
    const model = routers.v3().transcriptionModel('openai/whisper-large-v3');
    const base64 = sampleSpeechWav('Hi.').toString('base64');
    const result = await model.doGenerate({ audio: `data:audio/wav;base64,${base64}`, mediaType: 'audio/webm;codecs=opus' });
    expect(server.emulator.lastRequest().body.input_audio).toEqual({ data: base64, format: 'webm' });
    expect(result.text).toBe('Emulator transcript of webm audio.');
  });

  it('names a misspelt option and the known ones', () => {
    const error = thrownBy(() => routers.v4().transcription('openai/whisper-large-v3', { lang: 'en' } as never));
    expect(error.message).toBe(
      'Invalid transcriptionModel settings: "lang" is not a transcription option. Known: language, temperature, response_format, timestamp_granularities, provider, extraBody; put raw body fields in extraBody.',
    );
  });
});
