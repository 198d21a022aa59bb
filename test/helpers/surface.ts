import type { Lane, Surface } from './surfaces/surface-type';

export type { Lane, Surface } from './surfaces/surface-type';

/** vitest.config.ts sets the lane per project; a child process a test starts inherits it. */
function laneFromEnvironment(): Lane {
  const lane = process.env.OPENCLAW_TEST_LANE;
  if (lane === 'v2' || lane === 'v3' || lane === 'v4') return lane;
  throw new Error(`OPENCLAW_TEST_LANE must be v2, v3 or v4 (vitest.config.ts sets it per project), got ${JSON.stringify(lane)}`);
}

/** Only the lane's own AI SDK major and surface are loaded. */
async function load(lane: Lane): Promise<Surface> {
  switch (lane) {
    case 'v2':
      return (await import('./surfaces/v2')).surface;
    case 'v3':
      return (await import('./surfaces/v3')).surface;
    case 'v4':
      return (await import('./surfaces/v4')).surface;
  }
}

export const surface: Surface = await load(laneFromEnvironment());

export const {
  lane,
  specificationVersion,
  createOpenClawRouter,
  openclawRouter,
  generateText,
  streamText,
  generateObject,
  Output,
  embed,
  embedMany,
  generateImage,
  tool,
  jsonSchema,
  stepCountIs,
  RetryError,
  retainBodies,
  systemInMessages,
} = surface;
