import { afterEach, describe, expect, it } from 'vitest';
import type { OpenClawRouterSettings } from '../../src';
import { useEmulator } from '../helpers/emulator';
import { embed, generateImage, generateText, createOpenClawRouter } from '../helpers/surface';
import { EMBEDDING_MODEL } from '../helpers/spec-shapes';

const server = useEmulator();

/**
 * The three shapes of a polluting key as they arrive from JSON (an own property, which object
 * literals cannot create for `__proto__`): each tries to plant `polluted` on Object.prototype
 * and to smuggle a request field in.
 */
const POLLUTERS: Array<[string, unknown]> = [
  ['__proto__', { polluted: 'yes', temperature: 2, order: ['evil'], effort: 'max' }],
  ['constructor', { prototype: { polluted: 'yes', temperature: 2 } }],
  ['prototype', { polluted: 'yes', temperature: 2 }],
];

/** Injecting this key injects nothing: the same site, clean, is the expected body. */
const NO_KEY = '';

/** A copy of `value` with an own, enumerable `key` (defineProperty: plain assignment to __proto__ would set the prototype). */
function withOwnKey<T extends object>(value: T, key: string, injected: unknown): T {
  const copy = { ...value };
  if (key === NO_KEY) return copy;
  Object.defineProperty(copy, key, { value: structuredClone(injected), enumerable: true, writable: true, configurable: true });
  return copy;
}

afterEach(() => {
  // Nothing reached the shared prototypes, whatever the test did.
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  expect((Function.prototype as unknown as Record<string, unknown>).polluted).toBeUndefined();
});

const PROVIDER: OpenClawRouterSettings = { apiKey: 'sk-or-v1-test', provider: { sort: 'price' }, extraBody: { user: 'u1' } };
const MODEL = { provider: { only: ['anthropic'] }, reasoning: { effort: 'low' as const }, extraBody: { top_k: 3 } };
/** No reasoning here, so the model's reasoning object reaches the body; the call-reasoning site adds one. */
const CALL = { provider: { allow_fallbacks: false }, extraBody: { seed: 7 }, session_id: 's1' };

type Layers = { provider: OpenClawRouterSettings; model: typeof MODEL; call: typeof CALL & Record<string, unknown> };

async function bodyFor({ provider, model, call }: Layers): Promise<unknown> {
  const router = createOpenClawRouter({ ...provider, baseURL: server.baseURL });
  await generateText({ model: router('anthropic/claude-sonnet-4.5', model), prompt: 'hi', providerOptions: { openrouter: call as never } });
  return server.emulator.lastRequest().body;
}

/** Every place a merged option object can come from, top level and nested. */
const SITES: Array<[string, (layers: Layers, key: string, value: unknown) => Layers]> = [
  ['provider settings', (l, k, v) => ({ ...l, provider: withOwnKey(l.provider, k, v) })],
  ['provider settings: routing', (l, k, v) => ({ ...l, provider: { ...l.provider, provider: withOwnKey(l.provider.provider!, k, v) } })],
  ['provider settings: extraBody', (l, k, v) => ({ ...l, provider: { ...l.provider, extraBody: withOwnKey(l.provider.extraBody!, k, v) } })],
  ['provider settings: headers', (l, k, v) => ({ ...l, provider: { ...l.provider, headers: withOwnKey({ 'x-app': 'a' }, k, v) as Record<string, string> } })],
  ['model settings', (l, k, v) => ({ ...l, model: withOwnKey(l.model, k, v) })],
  ['model settings: routing', (l, k, v) => ({ ...l, model: { ...l.model, provider: withOwnKey(l.model.provider, k, v) } })],
  ['model settings: reasoning', (l, k, v) => ({ ...l, model: { ...l.model, reasoning: withOwnKey(l.model.reasoning, k, v) } })],
  ['model settings: extraBody', (l, k, v) => ({ ...l, model: { ...l.model, extraBody: withOwnKey(l.model.extraBody, k, v) } })],
  ['providerOptions.openrouter', (l, k, v) => ({ ...l, call: withOwnKey(l.call, k, v) })],
  ['providerOptions.openrouter: routing', (l, k, v) => ({ ...l, call: { ...l.call, provider: withOwnKey(l.call.provider, k, v) } })],
  ['providerOptions.openrouter: reasoning', (l, k, v) => ({ ...l, call: { ...l.call, reasoning: withOwnKey({ effort: 'low' }, k, v) } })],
  ['providerOptions.openrouter: extraBody', (l, k, v) => ({ ...l, call: { ...l.call, extraBody: withOwnKey(l.call.extraBody, k, v) } })],
  ['providerOptions.openrouter: a plugin', (l, k, v) => ({ ...l, call: { ...l.call, plugins: [withOwnKey({ id: 'web', max_results: 2 }, k, v)] } })],
  ['providerOptions.openrouter: usage', (l, k, v) => ({ ...l, call: { ...l.call, usage: withOwnKey({ include: true }, k, v) } })],
  ['providerOptions.openrouter: max_price', (l, k, v) => ({ ...l, call: { ...l.call, provider: { ...l.call.provider, max_price: withOwnKey({ prompt: '1' }, k, v) } } })],
];

describe('prototype-polluting keys in merged options have no effect', () => {
  const cases = SITES.flatMap(([site, inject]) => POLLUTERS.map(([key, value]) => [site, key, inject, value] as const));

  it.each(cases)('%s with an own "%s" key: same request body, nothing polluted', async (_site, key, inject, value) => {
    await expectNoEffect(key, inject, value);
  });

  async function expectNoEffect(key: string, inject: (layers: Layers, key: string, value: unknown) => Layers, value: unknown): Promise<void> {
    const clean: Layers = { provider: PROVIDER, model: MODEL, call: CALL };
    const expected = await bodyFor(inject(clean, NO_KEY, undefined));
    let body: unknown;
    try {
      body = await bodyFor(inject(clean, key, value));
    } catch (error) {
      // Rejecting the key outright is fine too, as long as the message says which one.
      expect((error as Error).message).toContain(key);
      return;
    }
    expect(body).toEqual(expected);
    expect(server.emulator.lastRequest().rawBody).not.toMatch(/polluted|"__proto__"|"constructor"|"prototype"/);
    expect(server.emulator.lastRequest().headers).not.toHaveProperty('polluted');
  }

  /** Runs `call`; a rejection is fine if it names the offending key. */
  async function acceptedOrNamed(key: string, call: () => PromiseLike<unknown>): Promise<void> {
    try {
      await call();
    } catch (error) {
      expect((error as Error).message).toContain(key);
    }
  }

  it.each(POLLUTERS)('image and embedding settings and options with an own "%s" key', async (key, value) => {
    const router = createOpenClawRouter(withOwnKey({ apiKey: 'sk-or-v1-test', baseURL: server.baseURL }, key, value));
    const options = { openrouter: withOwnKey({ extraBody: withOwnKey({ user: 'u' }, key, value) }, key, value) as never };
    await acceptedOrNamed(key, () =>
      generateImage({ model: router.imageModel('google/gemini-3.1-flash-image-preview', withOwnKey({}, key, value)), prompt: 'a red square' }),
    );
    await acceptedOrNamed(key, () =>
      generateImage({ model: router.imageModel('google/gemini-3.1-flash-image-preview'), prompt: 'a red square', providerOptions: options }),
    );
    await acceptedOrNamed(key, () => embed({ model: router[EMBEDDING_MODEL]('openai/text-embedding-3-small', withOwnKey({}, key, value)), value: 'hello' }));
    await acceptedOrNamed(key, () => embed({ model: router[EMBEDDING_MODEL]('openai/text-embedding-3-small'), value: 'hello', providerOptions: options }));
    for (const request of server.emulator.requests) expect(request.rawBody).not.toMatch(/polluted|"__proto__"|"constructor"|"prototype"/);
  });

  it('a __proto__ set the object-literal way (a prototype, not a key) is ignored as well', async () => {
    const call = { ...CALL, provider: { __proto__: { order: ['evil'] }, allow_fallbacks: false } };
    const router = createOpenClawRouter({ apiKey: 'sk-or-v1-test', baseURL: server.baseURL });
    await generateText({ model: router('anthropic/claude-sonnet-4.5'), prompt: 'hi', providerOptions: { openrouter: call as never } });
    expect(server.emulator.lastRequest().body.provider).toEqual({ allow_fallbacks: false });
  });
});
