import type { RequestPolicyContext } from '../../src/core/chat/policies';

/** The context a request policy gets for `modelId` on a verified route with no options set; `overrides` replace fields. */
export const policyContext = (modelId: string, overrides: Partial<RequestPolicyContext> = {}): RequestPolicyContext => ({
  modelId,
  isVerifiedRoute: true,
  providerOptions: {},
  modelOptions: {},
  callOptions: {},
  call: { prompt: [] },
  ...overrides,
});
