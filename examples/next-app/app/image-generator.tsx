'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';

interface GeneratedImage {
  prompt: string;
  url: string;
}

export function ImageGenerator() {
  const [prompt, setPrompt] = useState('');
  const [images, setImages] = useState<GeneratedImage[]>([]);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | undefined>();

  // Object URLs keep the image bytes alive until revoked: release them when the page goes away.
  const objectURLs = useRef<string[]>([]);
  useEffect(() => {
    const urls = objectURLs.current;
    return () => urls.forEach((url) => URL.revokeObjectURL(url));
  }, []);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = prompt.trim();
    if (text === '' || pending) return;
    setPending(true);
    setError(undefined);
    try {
      const response = await fetch('/api/image', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ prompt: text }),
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { error?: string };
        throw new Error(body.error ?? `The image route answered ${response.status}.`);
      }
      const url = URL.createObjectURL(await response.blob());
      objectURLs.current.push(url);
      setImages((previous) => [{ prompt: text, url }, ...previous]);
      setPrompt('');
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setPending(false);
    }
  }

  return (
    <section className="panel" aria-label="Images">
      <h2>Images</h2>
      <form onSubmit={onSubmit} className="composer">
        <input
          name="prompt"
          aria-label="Image prompt"
          placeholder="A lighthouse at dusk, watercolour"
          value={prompt}
          onChange={(event) => setPrompt(event.target.value)}
          autoComplete="off"
        />
        <button type="submit" disabled={pending || prompt.trim() === ''}>
          {pending ? 'Generating…' : 'Generate image'}
        </button>
      </form>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="gallery">
        {images.map((image) => (
          <figure key={image.url}>
            {/* A blob: URL: nothing for next/image to optimise. */}
            <img src={image.url} alt={image.prompt} data-testid="generated-image" />
            <figcaption>{image.prompt}</figcaption>
          </figure>
        ))}
      </div>
    </section>
  );
}
