/**
 * A chat model that answers aloud: the transcript streams as text, the audio arrives as one file
 * (PCM wrapped as WAV).
 *
 *   npm run example spoken-reply
 *
 * Offline against the bundled emulator (its "voice" is tones that encode the text); set
 * OPENROUTER_API_KEY to ask OpenRouter instead.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { streamText } from 'ai';
import { connectRouter } from './shared/connect';

const MODEL = 'openai/gpt-audio-mini';
const { router, close } = await connectRouter({ emulator: { knownModels: [MODEL] } });

try {
  const result = streamText({
    model: router(MODEL),
    prompt: 'Say good morning to the ferry crew.',
    providerOptions: { openrouter: { modalities: ['text', 'audio'], audio: { voice: 'alloy', format: 'pcm16' } } },
  });
  process.stdout.write('transcript: ');
  for await (const text of result.textStream) process.stdout.write(text);
  process.stdout.write('\n');
  const [audio] = await result.files;
  if (!audio) throw new Error('The model did not answer with audio.');
  const path = join(await mkdtemp(join(tmpdir(), 'openclaw-router-spoken-')), 'good-morning.wav');
  await writeFile(path, audio.uint8Array);
  console.log(`${audio.mediaType}, ${audio.uint8Array.length} bytes, written to ${path}`);
} finally {
  await close();
}
