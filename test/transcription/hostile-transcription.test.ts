import { experimental_transcribe as transcribeV5 } from 'ai';
import { experimental_transcribe as transcribeV6 } from 'ai-v6';
import { transcribe as transcribeV7 } from 'ai-v7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpenClawRouter as createV2 } from '../../src';
import { sampleSpeechWav } from '../../src/testing';
import { createOpenClawRouter as createV3 } from '../../src/v3';
import { createOpenClawRouter as createV4 } from '../../src/v4';
import { silenceAISDKWarnings } from '../helpers/ai-sdk-warnings';
import { rejectionOf } from '../helpers/model-calls';
import { CANARY_KEY as KEY, expectApiError, keyLeaks, startHostileServer, type HostileServer } from '../reliability/support';

// Durations and timings a player or subtitle writer would trip over (negative seconds, a segment
// that ends before it starts) are refused where the reply comes in, on every surface.

silenceAISDKWarnings();
let hostile: HostileServer;
beforeAll(async () => {
  hostile = await startHostileServer();
});
afterAll(() => hostile.close());

type Transcribe = typeof transcribeV5;
type AnyRouter = ReturnType<typeof createV2>;
const settings = () => ({ apiKey: KEY, baseURL: hostile.baseURL });
const MAJORS: Array<[string, () => AnyRouter, Transcribe]> = [
  ['AI SDK 5', () => createV2(settings()), transcribeV5],
  ['AI SDK 6', () => createV3(settings()) as unknown as AnyRouter, transcribeV6 as unknown as Transcribe],
  ['AI SDK 7', () => createV4(settings()) as unknown as AnyRouter, transcribeV7 as unknown as Transcribe],
];

function answer(body: unknown): void {
  hostile.respond((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  });
}

const segment = (start: unknown, end: unknown) => ({ id: 0, text: 'Meet me', start, end });

describe.each(MAJORS)('%s: transcription timings are seconds of at least 0', (_major, router, transcribe) => {
  const call = () => transcribe({ model: router().transcriptionModel('openai/whisper-large-v3') as never, audio: sampleSpeechWav('Meet me'), maxRetries: 0 });

  it.each<[string, Record<string, unknown>, string]>([
    ['a negative duration', { duration: -3 }, 'duration is number -3, expected a finite number of at least 0 or null'],
    ['negative usage seconds', { usage: { seconds: -1, cost: 0.001 } }, 'usage.seconds is number -1, expected a finite number of at least 0 or null'],
    ['a segment starting before 0', { segments: [segment(-0.5, 1)] }, 'segments[0].start is number -0.5, expected a finite number of at least 0 or null'],
    ['a segment ending before it starts', { segments: [segment(2, 1)] }, 'segments[0].end is number 1, expected a time not before its start (2)'],
    ['a word with a negative end', { words: [{ word: 'Meet', start: 0, end: -1 }] }, 'words[0].end is number -1, expected a finite number of at least 0 or null'],
    ['a transcript that is not text', { text: 42 }, 'text is number 42, expected a string'],
  ])('%s', async (_name, fields, problem) => {
    answer({ text: 'Meet me', ...fields });
    const error = await rejectionOf(call());
    expectApiError(error, { message: `OpenRouter returned a reply that does not fit its documented shape: ${problem}.`, statusCode: 200, isRetryable: false });
    expect(keyLeaks(KEY, error)).toEqual([]);
  });

  it('timings that fit are returned', async () => {
    answer({ text: 'Meet me', duration: 1.5, segments: [segment(0, 1.5)] });
    const result = await call();
    expect(result.durationInSeconds).toBe(1.5);
    expect(result.segments).toEqual([{ text: 'Meet me', startSecond: 0, endSecond: 1.5 }]);
  });
});
