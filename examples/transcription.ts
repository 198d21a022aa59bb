/**
 * Speech to text: a recording in, its transcript, language, duration and timed segments out.
 *
 *   npm run example transcription [-- path/to/recording.wav]
 *
 * Offline against the bundled emulator, with a recording the emulator's speech endpoint made (it
 * transcribes its own tones back to their text); set OPENROUTER_API_KEY to ask OpenRouter instead.
 */
import { readFile } from 'node:fs/promises';
import { generateSpeech, transcribe } from 'ai';
import { connectRouter } from './shared/connect';

const { router, close } = await connectRouter();

try {
  const path = process.argv[2];
  const recording = path
    ? await readFile(path)
    : (await generateSpeech({ model: router.speechModel('openai/gpt-4o-mini-tts'), text: 'Two coffees and a croissant, please.' })).audio.uint8Array;

  const result = await transcribe({
    model: router.transcriptionModel('openai/whisper-large-v3'),
    audio: recording,
    // verbose_json adds the language, the duration and timed segments.
    providerOptions: { openrouter: { language: 'en', response_format: 'verbose_json', timestamp_granularities: ['segment'] } },
  });

  console.log(`transcript: ${result.text}`);
  console.log(`language: ${result.language ?? 'unknown'}, ${result.durationInSeconds ?? '?'} s`);
  for (const segment of result.segments) console.log(`  [${segment.startSecond.toFixed(2)}-${segment.endSecond.toFixed(2)}] ${segment.text}`);
  const cost = (result.providerMetadata.openrouter?.usage as { cost?: number } | undefined)?.cost;
  console.log(`cost: ${cost === undefined ? 'n/a' : `$${cost.toFixed(6)}`}`);
} finally {
  await close();
}
