import { createOpenClawRouter as createV2, type OpenClawRouterSettings } from '../../src';
import { createOpenClawRouter as createV3 } from '../../src/v3';
import { createOpenClawRouter as createV4 } from '../../src/v4';
import type { EmulatorHandle } from './emulator';

export type Spec = 'v2' | 'v3' | 'v4';

/** A router of each surface on the default (verified) base URL, its requests sent to the emulator. */
export function surfaceRouters(server: EmulatorHandle) {
  const settings = (extra: OpenClawRouterSettings) => ({ apiKey: 'test-key', fetch: server.fetch, ...extra });
  return {
    v2: (extra: OpenClawRouterSettings = {}) => createV2(settings(extra)),
    v3: (extra: OpenClawRouterSettings = {}) => createV3(settings(extra)),
    v4: (extra: OpenClawRouterSettings = {}) => createV4(settings(extra)),
  };
}

/** The warning a setting that could not be sent becomes, in each spec's words. */
export function unsupportedWarning(spec: Spec, setting: string, details: string) {
  return spec === 'v2' ? { type: 'unsupported-setting', setting, details } : { type: 'unsupported', feature: setting, details };
}
