/**
 * A provider object that is also a function, as AI SDK providers are: `router(id)` is
 * `router.languageModel(id)`. Calling it with `new` is a mistake worth a clear error.
 */
export function callableProvider<Call extends (...args: never[]) => unknown, Methods extends object>(call: Call, methods: Methods): Call & Methods {
  const provider = function (this: unknown, ...args: Parameters<Call>) {
    if (new.target) {
      throw new Error('The openclaw-router provider is a function: call router(modelId) without `new`.');
    }
    return call(...args);
  };
  return Object.assign(provider, methods) as unknown as Call & Methods;
}
