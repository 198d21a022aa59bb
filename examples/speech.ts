/**
 * Text to speech: the default WAV, an MP3 with a voice and speed, and a provider-specific option
 * passed through to the provider OpenRouter picks.
 *
 *   npm run example speech
 *
 * Offline against the bundled emulator (its "voice" is tones that encode the text); set
 * OPENROUTER_API_KEY to ask OpenRouter instead.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSpeech } from 'ai';
import { connectRouter } from './shared/connect';

const { router, close } = await connectRouter();
const model = router.speechModel('openai/gpt-4o-mini-tts');
const folder = await mkdtemp(join(tmpdir(), 'openclaw-router-speech-'));

try {
  // No outputFormat: OpenRouter's PCM, returned as a WAV file every player opens.
  const wav = await generateSpeech({ model, text: 'Welcome aboard. The ferry leaves at noon.', voice: 'alloy' });
  const wavPath = join(folder, 'welcome.wav');
  await writeFile(wavPath, wav.audio.uint8Array);
  console.log(`${wav.audio.mediaType}, ${wav.audio.uint8Array.length} bytes, written to ${wavPath}`);

  // OpenRouter's speech endpoint has no `instructions` field; OpenAI's TTS takes them through
  // the provider pass-through, which OpenRouter forwards to the provider it routes to.
  const mp3 = await generateSpeech({
    model,
    text: 'Mind the gap between the ferry and the pier.',
    voice: 'nova',
    speed: 1.1,
    outputFormat: 'mp3',
    providerOptions: { openrouter: { provider: { options: { openai: { instructions: 'Speak like a friendly deckhand.' } } } } },
  });
  const mp3Path = join(folder, 'mind-the-gap.mp3');
  await writeFile(mp3Path, mp3.audio.uint8Array);
  console.log(`${mp3.audio.mediaType}, ${mp3.audio.uint8Array.length} bytes, written to ${mp3Path}`);
  console.log(`generation id: ${String(mp3.providerMetadata.openrouter?.generationId)}`);
} finally {
  await close();
}
