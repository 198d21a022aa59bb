import { describe, expect, it } from 'vitest';
import { policyContext } from '../../../../test/helpers/policy-context';
import type { OpenRouterChatRequest } from '../../wire/openrouter-wire-types';
import type { RequestPolicyContext } from './index';
import { routingPolicy } from './routing';

const body = (extra: Record<string, unknown> = {}): OpenRouterChatRequest => ({
  model: 'openai/gpt-5',
  messages: [{ role: 'user', content: 'Hi' }],
  ...extra,
});

const context = (overrides: Partial<RequestPolicyContext> = {}) => policyContext('openai/gpt-5', overrides);

describe('routing policy', () => {
  it('merges provider preferences key by key: provider, model, call', () => {
    const result = routingPolicy(
      body({ provider: { sort: 'latency' } }),
      context({
        providerOptions: { provider: { order: ['a'], sort: 'price' }, models: ['x/1'] },
        modelOptions: { provider: { only: ['b'] } },
        callOptions: { provider: { sort: 'latency', allow_fallbacks: false } },
      }),
    );
    expect(result.body).toEqual(body({ provider: { order: ['a'], sort: 'latency', only: ['b'], allow_fallbacks: false }, models: ['x/1'] }));
  });

  it('takes models from the last layer that sets them; an empty list clears them', () => {
    const providerOptions = { models: ['x/1'] };
    expect(routingPolicy(body(), context({ providerOptions, modelOptions: { models: ['y/2'] } })).body.models).toEqual(['y/2']);
    expect(routingPolicy(body({ models: ['x/1'] }), context({ providerOptions, callOptions: { models: [] } })).body).toEqual(body());
  });

  it('reads extraBody layers in the body precedence order', () => {
    const result = routingPolicy(
      body(),
      context({
        providerExtraBody: { provider: { zdr: true } },
        modelOptions: { provider: { zdr: false }, extraBody: { provider: { data_collection: 'deny' } } },
        callOptions: { extraBody: { models: ['z/3'] } },
      }),
    );
    expect(result.body).toEqual(body({ provider: { zdr: false, data_collection: 'deny' }, models: ['z/3'] }));
  });

  it('drops polluting keys and undefined values', () => {
    const polluted = JSON.parse('{"__proto__": {"only": ["evil"]}, "constructor": {"evil": true}, "prototype": 1, "sort": "price"}');
    const result = routingPolicy(
      body({ provider: polluted }),
      context({ modelOptions: { provider: polluted }, callOptions: { provider: { sort: undefined, order: ['a'] } } }),
    );
    expect(result.body).toEqual(body({ provider: { sort: 'price', order: ['a'] } }));
    expect(Object.keys(result.body.provider as object)).toEqual(['sort', 'order']);
    expect(({} as Record<string, unknown>).only).toBeUndefined();
  });

  it('sends neither field when nothing sets them', () => {
    expect(routingPolicy(body({ provider: {}, models: [] }), context()).body).toEqual(body());
  });
});
