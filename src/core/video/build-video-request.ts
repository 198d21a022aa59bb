import { InvalidArgumentError } from '@ai-sdk/provider';
import type { CoreWarning } from '../model-io/result-types';
import { mergeShallow } from '../util/merge-options';
import { frameImage, inputReference, type FrameType, type VideoFile } from './video-input-files';
import type { OpenClawRouterVideoSettings } from './video-options';

/** What a video call carries, as the V3 and V4 specs pass it. */
export interface VideoCallFields {
  prompt: string | undefined;
  n: number;
  aspectRatio: string | undefined;
  /** `{width}x{height}`: OpenRouter's `size`. */
  resolution: string | undefined;
  duration: number | undefined;
  fps: number | undefined;
  seed: number | undefined;
  /** The start image of image-to-video. */
  image: VideoFile | undefined;
  frameImages?: Array<{ image: VideoFile; frameType: FrameType }>;
  inputReferences?: VideoFile[];
  generateAudio?: boolean;
  /** AI SDK 7's `webhook` URL, passed to doStart: sent as `callback_url` over any `callbackUrl`. */
  webhookUrl?: string;
}

const ASPECT_RATIOS = ['16:9', '9:16', '1:1', '4:3', '3:4', '3:2', '2:3', '21:9', '9:21'];

/** The request's own fields; the polling options are the provider's, never sent; `callbackUrl` goes out as `callback_url`. */
const OWNED_FIELDS = ['model', 'prompt', 'pollIntervalMs', 'pollTimeoutMs', 'callbackUrl'];

/**
 * Call options -> POST /videos body. Precedence, later wins: fields from the call options, model
 * settings, call options, the model's and the call's extraBody. Pure.
 */
export function buildVideoRequest(input: { modelId: string; call: VideoCallFields; settings: OpenClawRouterVideoSettings; callOptions: OpenClawRouterVideoSettings }): {
  body: Record<string, unknown>;
  warnings: CoreWarning[];
} {
  const { modelId, call, settings, callOptions } = input;
  const warnings: CoreWarning[] = [];
  const frames = frameImages(call);
  const references = call.inputReferences?.length ? call.inputReferences.map(inputReference) : undefined;
  const prompt = call.prompt?.trim() ? call.prompt : undefined;
  if (prompt === undefined && frames === undefined && references === undefined) {
    throw new InvalidArgumentError({
      argument: 'prompt',
      message: "A video needs a prompt, or an image to animate: OpenRouter's /videos was given neither.",
    });
  }
  if (call.n > 1) {
    warnings.push({ type: 'unsupported-setting', setting: 'n', details: 'An OpenRouter video job makes one video; this call made 1.' });
  }
  if (call.fps !== undefined) {
    warnings.push({ type: 'unsupported-setting', setting: 'fps', details: "OpenRouter's /videos has no frame-rate field; the model uses its own." });
  }
  let aspectRatio: string | undefined;
  if (call.aspectRatio !== undefined) {
    if (ASPECT_RATIOS.includes(call.aspectRatio)) aspectRatio = call.aspectRatio;
    else {
      warnings.push({
        type: 'unsupported-setting',
        setting: 'aspectRatio',
        details: `aspectRatio "${call.aspectRatio}" was not sent: OpenRouter's /videos takes ${ASPECT_RATIOS.join(', ')}${call.aspectRatio === 'adaptive' ? ', and follows the input image when none is given' : ''}.`,
      });
    }
  }
  const computed = {
    aspect_ratio: aspectRatio,
    size: call.resolution,
    duration: duration(call.duration, warnings),
    seed: call.seed,
    generate_audio: call.generateAudio,
    frame_images: frames,
    input_references: references,
  };
  const { extraBody: modelExtra, ...modelFields } = withWireCallback(settings, 'videoModel settings');
  const { extraBody: callExtra, ...callFields } = withWireCallback(callOptions, 'providerOptions.openrouter');
  const rest: Record<string, unknown> = { ...mergeShallow<Record<string, unknown>>(computed, modelFields, callFields, modelExtra, callExtra) };
  for (const key of OWNED_FIELDS) delete rest[key];
  if (call.webhookUrl !== undefined) {
    if (typeof rest.callback_url === 'string' && rest.callback_url !== call.webhookUrl) {
      warnings.push({ type: 'other', message: `callbackUrl ${rest.callback_url} was not sent: the AI SDK's webhook URL is OpenRouter's callback_url for this call.` });
    }
    rest.callback_url = call.webhookUrl;
  }
  return { body: { model: modelId, ...(prompt !== undefined ? { prompt } : {}), ...rest }, warnings };
}

/** `callbackUrl` under its wire name, `callback_url`; the two disagreeing on one level is an error. */
function withWireCallback(options: OpenClawRouterVideoSettings, argument: string): OpenClawRouterVideoSettings {
  const { callbackUrl, ...rest } = options;
  if (callbackUrl === undefined) return rest;
  if (rest.callback_url !== undefined && rest.callback_url !== callbackUrl) {
    throw new InvalidArgumentError({
      argument: `${argument}.callbackUrl`,
      message: `${argument} sets callbackUrl and callback_url to different URLs; set callbackUrl only.`,
    });
  }
  return { ...rest, callback_url: callbackUrl };
}

/** The start image and the role-tagged frames, each frame role once (the role-tagged one wins). */
function frameImages(call: VideoCallFields): Array<Record<string, unknown>> | undefined {
  const byRole = new Map<FrameType, VideoFile>();
  if (call.image) byRole.set('first_frame', call.image);
  for (const { image, frameType } of call.frameImages ?? []) byRole.set(frameType, image);
  if (byRole.size === 0) return undefined;
  return [...byRole].map(([frameType, image]) => frameImage(image, frameType));
}

function duration(seconds: number | undefined, warnings: CoreWarning[]): number | undefined {
  if (seconds === undefined) return undefined;
  if (!(Number.isFinite(seconds) && seconds >= 0.5)) {
    throw new InvalidArgumentError({ argument: 'duration', message: `duration must be at least 1 second; got ${seconds}.` });
  }
  if (Number.isInteger(seconds)) return seconds;
  const whole = Math.round(seconds);
  warnings.push({ type: 'other', message: `duration ${seconds} was sent as ${whole}: OpenRouter's /videos takes whole seconds.` });
  return whole;
}
