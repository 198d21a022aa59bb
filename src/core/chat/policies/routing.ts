import { resolveRouting, type RoutingLayer } from '../../routing';
import { isPlainObject } from '../../util/merge-options';
import type { RequestPolicy } from './index';

/**
 * The one place that decides `provider` and `models`. Layers, later wins:
 * provider settings, provider extraBody, model settings, model extraBody,
 * providerOptions.openrouter, its extraBody. `provider` merges key by key,
 * `models` comes from the last layer that sets it (an empty list clears it).
 * Polluting keys and undefined values never reach the wire.
 */
export const routingPolicy: RequestPolicy = (body, context) => {
  const routing = resolveRouting(
    context.providerOptions,
    asLayer(context.providerExtraBody),
    context.modelOptions,
    asLayer(context.modelOptions.extraBody),
    context.callOptions,
    asLayer(context.callOptions.extraBody),
  );
  const { provider: _provider, models: _models, ...rest } = body;
  const out: typeof body = { ...rest, model: body.model, messages: body.messages };
  if (routing.provider) out.provider = routing.provider;
  if (routing.models) out.models = routing.models;
  return { body: out };
};

function asLayer(extraBody: Record<string, unknown> | undefined): RoutingLayer | undefined {
  return isPlainObject(extraBody) ? (extraBody as RoutingLayer) : undefined;
}
