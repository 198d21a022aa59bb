import type { OpenClawRouterSettings } from '../../src';
import type { EmulatorHandle } from './emulator';
import { createOpenClawRouter } from './surface';

/** The error a call fails with; fails the test when the call succeeds. */
export async function rejectionOf(call: PromiseLike<unknown>): Promise<any> {
  try {
    await call;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the call to fail, but it succeeded.');
}

/** The error `create` throws; fails the test when it returns. */
export function thrownBy(create: () => unknown): any {
  try {
    create();
  } catch (error) {
    return error;
  }
  throw new Error('Expected it to throw, but it did not.');
}

/** Headers that fetch itself adds (host, accept, ...) say nothing about the provider. */
const TRANSPORT_HEADERS = new Set(['host', 'connection', 'content-length', 'accept', 'accept-language', 'accept-encoding', 'sec-fetch-mode']);

/** Routers for one emulator, and what it last received. */
export function routers(server: EmulatorHandle) {
  return {
    /** The default https://openrouter.ai/api/v1 base URL (a verified route, with app attribution), with requests sent to the emulator. */
    verified: (settings: OpenClawRouterSettings = {}) => createOpenClawRouter({ apiKey: 'test-key', fetch: server.fetch, ...settings }),
    /** The emulator's own base URL: not a verified route, so no app attribution. */
    proxy: (settings: OpenClawRouterSettings = {}) => createOpenClawRouter({ apiKey: 'test-key', baseURL: server.baseURL, ...settings }),
    sentBody: () => server.emulator.lastRequest().body,
    sentHeaders: () => Object.fromEntries(Object.entries(server.emulator.lastRequest().headers).filter(([name]) => !TRANSPORT_HEADERS.has(name))),
  };
}
