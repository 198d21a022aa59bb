import type * as AI5 from 'ai';
import type * as V2 from '../../../src/v2';

export type Lane = 'v2' | 'v3' | 'v4';

/**
 * What a scenario test needs of one surface and its AI SDK major. Typed as the V2 surface under
 * AI SDK 5 so that one scenario file compiles for every lane; the values are the lane's own
 * (V3 models and AI SDK 6 in the v3 lane, V4 models and AI SDK 7 in the v4 lane). Where a shape
 * differs by spec, tests build the expectation with test/helpers/spec-shapes.ts.
 */
export interface Surface {
  readonly lane: Lane;
  /** The `specificationVersion` this lane's models declare. */
  readonly specificationVersion: Lane;
  readonly createOpenClawRouter: typeof V2.createOpenClawRouter;
  readonly openclawRouter: typeof V2.openclawRouter;
  readonly generateText: typeof AI5.generateText;
  readonly streamText: typeof AI5.streamText;
  readonly generateObject: typeof AI5.generateObject;
  readonly Output: typeof AI5.Output;
  readonly embed: typeof AI5.embed;
  readonly embedMany: typeof AI5.embedMany;
  /** `experimental_generateImage` on AI SDK 5, `generateImage` on 6 and 7. */
  readonly generateImage: typeof AI5.experimental_generateImage;
  readonly tool: typeof AI5.tool;
  readonly jsonSchema: typeof AI5.jsonSchema;
  readonly stepCountIs: typeof AI5.stepCountIs;
  readonly RetryError: typeof AI5.RetryError;
  /**
   * generateText/streamText options that keep the request and response bodies in results: AI SDK 5
   * and 6 keep them by default, AI SDK 7 only when asked (`include`).
   */
  readonly retainBodies: object;
  /** generateText/streamText options that accept system messages in `messages`: AI SDK 7 refuses them unless asked. */
  readonly systemInMessages: object;
}
