import * as ai5 from 'ai';
import * as ai6 from 'ai-v6';
import * as ai7 from 'ai-v7';
import { createOpenClawRouter as createV2, type OpenClawRouterSettings } from '../../src';
import { createOpenClawRouter as createV3 } from '../../src/v3';
import { createOpenClawRouter as createV4 } from '../../src/v4';
import type { EmulatorHandle } from '../helpers/emulator';

/** The AI SDK calls these tests make; AI SDK 6 and 7 take the same shapes as 5 for them. */
export type AnyAI = typeof ai5;

/** A provider of any surface: these tests call only what all three share. */
export type AnyRouter = ReturnType<typeof createV2>;

export interface Surface {
  /** How the test names it: the entry and the AI SDK major that runs it. */
  name: string;
  ai: AnyAI;
  create: (settings: OpenClawRouterSettings) => AnyRouter;
}

/** Each entry under the AI SDK major it serves: the root (V2) under 5, /v3 under 6, /v4 under 7. */
export const SURFACES: Surface[] = [
  { name: 'openclaw-router with AI SDK 5', ai: ai5, create: createV2 },
  { name: 'openclaw-router/v3 with AI SDK 6', ai: ai6 as unknown as AnyAI, create: createV3 as unknown as Surface['create'] },
  { name: 'openclaw-router/v4 with AI SDK 7', ai: ai7 as unknown as AnyAI, create: createV4 as unknown as Surface['create'] },
];

/**
 * The default https://openrouter.ai/api/v1 base URL (a verified route: OpenRouter's own headers
 * go out) with requests sent to the emulator, and the emulator's own URL (not verified).
 */
export function surfaceRouters(surface: Surface, server: EmulatorHandle) {
  return {
    verified: (settings: OpenClawRouterSettings = {}) => surface.create({ apiKey: 'test-key', fetch: server.fetch, ...settings }),
    proxy: (settings: OpenClawRouterSettings = {}) => surface.create({ apiKey: 'test-key', baseURL: server.baseURL, ...settings }),
  };
}

/** The request headers of OpenRouter's platform features (response cache, router metadata) the emulator last received. */
export function platformHeadersSent(server: EmulatorHandle): Record<string, string> {
  const headers = server.emulator.lastRequest().headers;
  return Object.fromEntries(Object.entries(headers).filter(([name]) => name.startsWith('x-openrouter-cache') || name === 'x-openrouter-metadata'));
}
