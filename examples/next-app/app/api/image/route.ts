import { generateImage } from 'ai';
import { createOpenClawRouter } from 'openclaw-router/v4';

const router = createOpenClawRouter({
  apiKey: process.env.OPENROUTER_API_KEY,
  baseURL: process.env.OPENROUTER_BASE_URL,
});

export const maxDuration = 60;

/** POST { prompt } -> the generated image itself (e.g. image/png). */
export async function POST(req: Request) {
  const body = (await req.json().catch(() => ({}))) as { prompt?: unknown };
  const prompt = typeof body.prompt === 'string' ? body.prompt.trim() : '';
  if (prompt === '') {
    return Response.json({ error: 'Send JSON { "prompt": "..." } with a non-empty prompt.' }, { status: 400 });
  }

  try {
    const { image } = await generateImage({
      model: router.imageModel(process.env.OPENROUTER_IMAGE_MODEL ?? 'google/gemini-3.1-flash-image-preview'),
      prompt,
    });
    return new Response(Buffer.from(image.uint8Array), {
      headers: {
        'content-type': image.mediaType || 'image/png',
        'cache-control': 'no-store',
      },
    });
  } catch (error) {
    console.error('image generation failed:', error);
    const message = error instanceof Error ? error.message : String(error);
    return Response.json({ error: message }, { status: 502 });
  }
}
