import { resolveRouting } from '../../routing';
import type { RequestPolicy } from './policy-types';

/** `provider` and `models` by the shared precedence rule (see core/routing.ts). */
export const routingPolicy: RequestPolicy = (body, context) => {
  const routing = resolveRouting({
    providerSettings: context.providerOptions,
    providerExtraBody: context.providerExtraBody,
    modelSettings: context.modelOptions,
    callOptions: context.callOptions,
  });
  // Nothing to move or set (most requests): the body goes on as it is, without a copy.
  if (!routing.provider && !routing.models && body.provider === undefined && body.models === undefined) return { body };
  const { provider: _provider, models: _models, ...rest } = body;
  const out: typeof body = { ...rest, model: body.model, messages: body.messages };
  if (routing.provider) out.provider = routing.provider;
  if (routing.models) out.models = routing.models;
  return { body: out };
};
