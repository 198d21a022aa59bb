import * as ai from 'ai-v6';
import { createOpenClawRouter, openclawRouter } from '../../../src/v3';
import type { Surface } from './surface-type';

/** The `/v3` surface (V3 models) under AI SDK 6; typed as Surface for the shared scenario code. */
export const surface = {
  lane: 'v3',
  specificationVersion: 'v3',
  createOpenClawRouter,
  openclawRouter,
  generateText: ai.generateText,
  streamText: ai.streamText,
  generateObject: ai.generateObject,
  Output: ai.Output,
  embed: ai.embed,
  embedMany: ai.embedMany,
  generateImage: ai.generateImage,
  tool: ai.tool,
  jsonSchema: ai.jsonSchema,
  stepCountIs: ai.stepCountIs,
  RetryError: ai.RetryError,
  systemInMessages: {},
  retainBodies: {},
} as unknown as Surface;
