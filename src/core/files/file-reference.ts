import { InvalidArgumentError } from '@ai-sdk/provider';

/**
 * The OpenRouter file id in a provider reference (`{ openrouter: '<file id>' }`, as uploadFile
 * returns it). A reference without one names another provider's file store, which OpenRouter
 * cannot read: that is an error saying which stores it names.
 */
export function openRouterFileId(reference: unknown, argument: string): string {
  const entries = typeof reference === 'object' && reference !== null ? Object.entries(reference) : [];
  const id = entries.find(([provider]) => provider === 'openrouter')?.[1];
  if (typeof id === 'string' && id.trim() !== '') return id;
  const others = entries.filter(([provider]) => provider !== 'openrouter').map(([provider]) => provider);
  throw new InvalidArgumentError({
    argument,
    message: `${others.length > 0 ? `This file reference names only ${others.join(', ')}'s file store` : 'This file reference has no OpenRouter file id'}, which OpenRouter cannot read. Upload the file with uploadFile({ api: router, ... }) and pass the reference it returns ({ openrouter: '<file id>' }), or pass the file's bytes or URL.`,
  });
}
