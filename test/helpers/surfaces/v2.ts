import * as ai from 'ai';
import { createOpenClawRouter, openclawRouter } from '../../../src/v2';
import type { Surface } from './surface-type';

/** The root/`/v2` surface (V2 models) under AI SDK 5. */
export const surface: Surface = {
  lane: 'v2',
  specificationVersion: 'v2',
  createOpenClawRouter,
  openclawRouter,
  generateText: ai.generateText,
  streamText: ai.streamText,
  generateObject: ai.generateObject,
  Output: ai.Output,
  embed: ai.embed,
  embedMany: ai.embedMany,
  generateImage: ai.experimental_generateImage,
  tool: ai.tool,
  jsonSchema: ai.jsonSchema,
  stepCountIs: ai.stepCountIs,
  RetryError: ai.RetryError,
  systemInMessages: {},
  retainBodies: {},
};
