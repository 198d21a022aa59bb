import type { OpenRouterProviderPreferences } from './chat/chat-options';
import { cleanObject, isPlainObject, mergeShallow } from './util/merge-options';

export interface RoutingLayer {
  provider?: OpenRouterProviderPreferences;
  models?: string[];
}

/**
 * OpenRouter routing for one request: `provider` preferences merged key by
 * key across provider, model and call settings (later wins), `models` taken
 * from the last layer that sets it. Polluting keys and undefined values are
 * dropped at every level. Shared by chat, image and embedding requests.
 */
export function resolveRouting(...layers: Array<RoutingLayer | undefined>): RoutingLayer {
  const provider = mergeShallow(...layers.map((layer) => (isPlainObject(layer?.provider) ? cleanObject(layer.provider) : undefined)));
  let models: string[] | undefined;
  for (const layer of layers) if (Array.isArray(layer?.models)) models = layer.models;
  const out: RoutingLayer = {};
  if (provider && Object.keys(provider).length > 0) out.provider = provider as OpenRouterProviderPreferences;
  if (models && models.length > 0) out.models = models;
  return out;
}
