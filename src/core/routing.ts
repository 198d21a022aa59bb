import type { OpenRouterProviderPreferences } from './options/provider-preferences-schema';
import { cleanObject, isPlainObject, mergeShallow } from './util/merge-options';

export interface RoutingLayer {
  provider?: OpenRouterProviderPreferences;
  models?: string[];
}

/** Where routing can be set, lowest first. Each `extraBody` sits just above the settings beside it. */
export interface RoutingSources {
  providerSettings?: RoutingLayer;
  providerExtraBody?: Record<string, unknown>;
  modelSettings?: RoutingLayer & { extraBody?: Record<string, unknown> };
  callOptions?: RoutingLayer & { extraBody?: Record<string, unknown> };
}

/**
 * The one precedence rule for `provider` and `models`, shared by every model kind. Layers, later
 * wins: provider settings, provider extraBody, model settings, model extraBody, call options, call
 * extraBody. `provider` merges key by key; `models` comes from the last layer that sets it (an
 * empty list clears it). Polluting keys and undefined values never reach the wire. Request
 * builders place the result after every extraBody, so no extraBody replaces it wholesale.
 */
export function resolveRouting(sources: RoutingSources): RoutingLayer {
  const layers: Array<RoutingLayer | undefined> = [
    sources.providerSettings,
    asLayer(sources.providerExtraBody),
    sources.modelSettings,
    asLayer(sources.modelSettings?.extraBody),
    sources.callOptions,
    asLayer(sources.callOptions?.extraBody),
  ];
  const provider = mergeShallow(...layers.map((layer) => (isPlainObject(layer?.provider) ? cleanObject(layer.provider) : undefined)));
  let models: string[] | undefined;
  for (const layer of layers) if (Array.isArray(layer?.models)) models = layer.models;
  const out: RoutingLayer = {};
  if (provider && Object.keys(provider).length > 0) out.provider = provider as OpenRouterProviderPreferences;
  if (models && models.length > 0) out.models = models;
  return out;
}

function asLayer(extraBody: Record<string, unknown> | undefined): RoutingLayer | undefined {
  return isPlainObject(extraBody) ? (extraBody as RoutingLayer) : undefined;
}
