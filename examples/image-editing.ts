/**
 * Image editing: send an image with instructions, get the changed image back.
 *
 *   npm run example image-editing                 (draws a picture first, then edits it)
 *   npm run example image-editing -- photo.png    (edits your own picture)
 *
 * Offline against the bundled emulator (a small sample PNG); set OPENROUTER_API_KEY to ask OpenRouter instead.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateImage } from 'ai';
import { connectRouter, printUsage } from './shared/connect';

const { router, close } = await connectRouter();
const model = router.imageModel('google/gemini-3.1-flash-image-preview');

try {
  const path = process.argv[2];
  const original = path
    ? new Uint8Array(await readFile(path))
    : (await generateImage({ model, prompt: 'A lighthouse on a cliff over a calm sea, watercolour' })).image.uint8Array;
  console.log(`input: ${path ?? 'a freshly drawn lighthouse'}, ${original.length} bytes`);

  const { image, providerMetadata } = await generateImage({
    model,
    // Name what to keep as well as what to change: image models redraw the whole picture.
    prompt: 'Add a small red sailing boat on the water. Keep everything else unchanged.',
    // AI SDK 5 passes images to edit here (AI SDK 6 and 7: prompt: { text, images }). URLs, data
    // URLs or bare base64; the media type is read from the bytes.
    providerOptions: { openrouter: { inputImages: [Buffer.from(original).toString('base64')] } },
  });

  const extension = { 'image/jpeg': 'jpg', 'image/webp': 'webp' }[image.mediaType] ?? 'png';
  const output = join(await mkdtemp(join(tmpdir(), 'openclaw-router-')), `edited.${extension}`);
  await writeFile(output, image.uint8Array);
  console.log(`edited image: ${image.mediaType}, ${image.uint8Array.length} bytes, written to ${output}`);
  const [first] = providerMetadata.openrouter.images as Array<{ usage?: Record<string, number> }>;
  printUsage({ openrouter: { usage: first?.usage } });
} finally {
  await close();
}
