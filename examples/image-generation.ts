/**
 * Image generation: a prompt in, an image file out.
 *
 *   npm run example image-generation
 *
 * Offline against the bundled emulator (a small sample PNG); set OPENROUTER_API_KEY to ask OpenRouter instead.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateImage } from 'ai';
import { connectRouter, printUsage } from './shared/connect';

const { router, close } = await connectRouter();

try {
  const { image, warnings, providerMetadata } = await generateImage({
    // Gemini image models answer over chat completions; OpenAI's gpt-image-* over POST /images.
    // The provider picks the endpoint from the model id.
    model: router.imageModel('google/gemini-3.1-flash-image-preview'),
    prompt: 'A lighthouse on a cliff at dusk, watercolour',
    aspectRatio: '16:9',
    // Gemini's own size tiers (1K, 2K, 4K) go through as OpenRouter's image_config.
    providerOptions: { openrouter: { image_config: { image_size: '1K' } } },
  });

  // Models choose their output format; name the file after what came back.
  const extension = { 'image/jpeg': 'jpg', 'image/webp': 'webp' }[image.mediaType] ?? 'png';
  const path = join(await mkdtemp(join(tmpdir(), 'openclaw-router-')), `lighthouse.${extension}`);
  await writeFile(path, image.uint8Array);
  console.log(`${image.mediaType}, ${image.uint8Array.length} bytes, written to ${path}`);

  // A setting the model cannot honour is reported, not silently dropped.
  for (const warning of warnings) console.log(`warning: ${JSON.stringify(warning)}`);
  // Each request's usage and cost ride on the first image it returned.
  const [first] = providerMetadata.openrouter.images as Array<{ text?: string; usage?: Record<string, number> }>;
  if (first?.text) console.log(`the model said: ${first.text}`);
  printUsage({ openrouter: { usage: first?.usage } });
} finally {
  await close();
}
