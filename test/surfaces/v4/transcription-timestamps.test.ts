import { transcribe } from 'ai-v7';
import { describe, expect, it } from 'vitest';
import { createOpenClawRouter } from '../../../src/v4';
import { sampleSpeechWav } from '../../../src/testing';
import { silenceAISDKWarnings } from '../../helpers/ai-sdk-warnings';
import { useEmulator } from '../../helpers/emulator';

const server = useEmulator();
silenceAISDKWarnings();
const model = () => createOpenClawRouter({ apiKey: 'test-key', fetch: server.fetch }).transcriptionModel('openai/whisper-large-v3');

describe('AI SDK 7: timestampGranularities', () => {
  it('asks for verbose_json with the granularities and returns timed words', async () => {
    const wav = sampleSpeechWav('Ship ahoy');
    const result = await transcribe({ model: model(), audio: wav, timestampGranularities: ['word'] });

    expect(server.emulator.lastRequest().body).toEqual({
      model: 'openai/whisper-large-v3',
      input_audio: { data: wav.toString('base64'), format: 'wav' },
      response_format: 'verbose_json',
      timestamp_granularities: ['word'],
    });
    expect(result.words).toEqual([
      { text: 'Ship', startSecond: 0, endSecond: 0.16 },
      { text: 'ahoy', startSecond: 0.2, endSecond: 0.36 },
    ]);
    expect(result.segments).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('lets an explicit provider option win, and warns when requested timings do not come back', async () => {
    server.emulator.enqueue({ type: 'json', body: { text: 'Ship ahoy', duration: 0.36, language: 'en', task: 'transcribe' } });
    const result = await transcribe({
      model: model(),
      audio: sampleSpeechWav('Ship ahoy'),
      timestampGranularities: ['word'],
      providerOptions: { openrouter: { timestamp_granularities: ['segment', 'word'] } },
    });

    expect(server.emulator.lastRequest().body).toMatchObject({ response_format: 'verbose_json', timestamp_granularities: ['segment', 'word'] });
    expect(result.language).toBe('en');
    expect(result.warnings).toEqual([
      { type: 'other', message: 'Word timings were requested, but the reply has none: the model or its provider does not report them.' },
      { type: 'other', message: 'Segment timings were requested, but the reply has none: the model or its provider does not report them.' },
    ]);
  });

  it('passes OpenRouter usage through as the V4 result usage', async () => {
    const result = await model().doGenerate({ audio: sampleSpeechWav('Hi'), mediaType: 'audio/wav' });
    expect(result.usage).toEqual({ seconds: 0.08, cost: 0.000008 });
  });
});
