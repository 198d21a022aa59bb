import type { LanguageModelV2CallOptions, LanguageModelV2Prompt } from '@ai-sdk/provider';
import { expect } from 'vitest';
import type { OpenClawRouterSettings } from '../../src';
import { VERSION } from '../../src/core/version';
import type { EmulatorHandle } from '../helpers/emulator';
import { createOpenClawRouter } from '../helpers/surface';

export const HI: LanguageModelV2Prompt = [{ role: 'user', content: [{ type: 'text', text: 'Hi' }] }];

export const SYSTEM_AND_HI: LanguageModelV2Prompt = [
  { role: 'system', content: 'You are OpenClaw.' },
  { role: 'user', content: [{ type: 'text', text: 'Hi' }] },
];

/** Routers for one emulator: a verified route (the default base URL, sent to the emulator) and a proxy (the emulator's own URL). */
export function routers(server: EmulatorHandle) {
  return {
    verified: (settings: OpenClawRouterSettings = {}) => createOpenClawRouter({ apiKey: 'test-key', fetch: server.fetch, ...settings }),
    proxy: (settings: OpenClawRouterSettings = {}) => createOpenClawRouter({ apiKey: 'test-key', baseURL: server.baseURL, ...settings }),
    sentBody: () => server.emulator.lastRequest().body,
    sentHeaders: () => providerHeaders(server.emulator.lastRequest().headers),
  };
}

export type CallOptions = Partial<LanguageModelV2CallOptions> & Record<string, unknown>;

export function callWith(options: CallOptions = {}): LanguageModelV2CallOptions {
  return { prompt: HI, ...options } as LanguageModelV2CallOptions;
}

/** Headers that fetch itself adds (host, accept, ...) say nothing about the provider. */
const TRANSPORT_HEADERS = new Set(['host', 'connection', 'content-length', 'accept', 'accept-language', 'accept-encoding', 'sec-fetch-mode']);

function providerHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !TRANSPORT_HEADERS.has(name)));
}

export const USER_AGENT = new RegExp(`^openclaw-router/${VERSION.replace(/\./g, '\\.')} ai-sdk/provider-utils/\\S+ runtime/\\S+$`);

export const ATTRIBUTION_HEADERS = {
  'http-referer': 'https://openclaw.ai',
  'x-openrouter-title': 'OpenClaw',
  'x-openrouter-categories': 'cli-agent',
};

export const BASE_HEADERS = {
  authorization: 'Bearer test-key',
  'content-type': 'application/json',
  'user-agent': expect.stringMatching(USER_AGENT),
};
