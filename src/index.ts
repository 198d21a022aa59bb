/** The root entry is the V2 contract (AI SDK 5); `openclaw-router/v3` and `/v4` serve AI SDK 6 and 7. */
export * from './v2/index';
