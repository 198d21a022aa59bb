/**
 * Video (AI SDK 6 and 7): OpenRouter makes videos as jobs; the provider submits one, polls it and
 * downloads the MP4. On AI SDK 6, import the provider from `openclaw-router/v3` instead.
 *
 *   npm run example video
 *
 * Offline against the bundled emulator (a one-second clip of a sunset); set OPENROUTER_API_KEY to
 * ask OpenRouter instead (a real job takes minutes and costs money).
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { experimental_generateVideo as generateVideo } from 'ai';
import { connectRouter } from './shared/connect';

const { router, live, close } = await connectRouter();

try {
  const { video, warnings, providerMetadata } = await generateVideo({
    model: router.videoModel('google/veo-3.1'),
    prompt: 'A lighthouse at dusk, waves rolling in, gulls overhead',
    aspectRatio: '16:9',
    duration: 8,
    // Without `poll` the provider polls by itself (providerOptions.openrouter.pollIntervalMs,
    // pollTimeoutMs); with it, AI SDK 7 polls at this interval and gives up after the timeout.
    poll: { intervalMs: live ? 10_000 : 50, timeoutMs: 15 * 60_000 },
  });
  const path = join(await mkdtemp(join(tmpdir(), 'openclaw-router-video-')), 'lighthouse.mp4');
  await writeFile(path, video.uint8Array);
  console.log(`${video.mediaType}, ${video.uint8Array.length} bytes, written to ${path}`);
  for (const warning of warnings) console.log(`  warning: ${JSON.stringify(warning)}`);
  const openrouter = providerMetadata.openrouter as { jobId?: string; usage?: { cost?: number } } | undefined;
  console.log(`job ${openrouter?.jobId}, cost ${openrouter?.usage?.cost === undefined ? 'n/a' : `$${openrouter.usage.cost.toFixed(2)}`}`);
} finally {
  await close();
}
