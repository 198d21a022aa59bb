import * as ai from 'ai-v7';
import { createOpenClawRouter, openclawRouter } from '../../../src/v4';
import type { Surface } from './surface-type';

/** The `/v4` surface (V4 models) under AI SDK 7; typed as Surface for the shared scenario code. */
export const surface = {
  lane: 'v4',
  specificationVersion: 'v4',
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
  systemInMessages: { allowSystemInMessages: true },
  retainBodies: { include: { requestBody: true, responseBody: true } },
} as unknown as Surface;
