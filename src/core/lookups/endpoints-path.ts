import { InvalidArgumentError } from '@ai-sdk/provider';

/**
 * `/models/{author}/{slug}/endpoints` for a model id, each segment encoded. An OpenClaw ref
 * (`openrouter/<author>/<slug>`) names the same model; anything that is not one author and one
 * slug is refused before a request is made.
 */
export function endpointsPath(modelId: unknown): string {
  const id = typeof modelId === 'string' ? modelId.trim() : '';
  const unprefixed = id.startsWith('openrouter/') && id.slice('openrouter/'.length).includes('/') ? id.slice('openrouter/'.length) : id;
  const segments = unprefixed.split('/');
  if (segments.length !== 2 || segments.some((segment) => segment === '' || /\s/.test(segment)) || unprefixed.startsWith('@')) {
    const shown = typeof modelId === 'string' ? JSON.stringify(modelId) : `a ${modelId === null ? 'null' : typeof modelId}`;
    throw new InvalidArgumentError({
      argument: 'modelId',
      message: `router.listEndpoints needs a model id as author/slug, such as openai/gpt-4o-mini; ${shown} is not one.`,
    });
  }
  const [author, slug] = segments;
  return `/models/${encodeURIComponent(author)}/${encodeURIComponent(slug)}/endpoints`;
}
