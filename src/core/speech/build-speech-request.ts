import { InvalidArgumentError } from '@ai-sdk/provider';
import type { CoreWarning } from '../model-io/result-types';
import { mergeShallow } from '../util/merge-options';
import type { SpeechWireFormat } from './audio-format';
import type { OpenClawRouterSpeechSettings } from './speech-options';

/** What a speech call carries, as every spec passes it. */
export interface SpeechCallFields {
  text: string;
  voice?: string;
  instructions?: string;
  speed?: number;
  language?: string;
}

/** Fields the request owns: the text, the model and the format the reply is read as. */
const OWNED_FIELDS = ['model', 'input', 'response_format'];

const PASS_THROUGH_HINT = 'send it to the provider through providerOptions.openrouter.provider.options (e.g. { openai: { ... } })';

/**
 * Call options -> POST /audio/speech body. Precedence, later wins: voice and speed from the call,
 * model settings, call options, the model's and the call's extraBody. Pure.
 */
export function buildSpeechRequest(input: {
  modelId: string;
  call: SpeechCallFields;
  wireFormat: SpeechWireFormat;
  settings: OpenClawRouterSpeechSettings;
  callOptions: OpenClawRouterSpeechSettings;
}): { body: Record<string, unknown>; warnings: CoreWarning[] } {
  const { modelId, call, wireFormat, settings, callOptions } = input;
  if (typeof call.text !== 'string' || call.text.trim() === '') {
    throw new InvalidArgumentError({ argument: 'text', message: "text is empty: OpenRouter's /audio/speech needs some text to speak." });
  }
  if (call.voice !== undefined && call.voice.trim() === '') {
    throw new InvalidArgumentError({ argument: 'voice', message: 'voice is empty: name a voice of the model (e.g. "alloy") or leave it out.' });
  }
  if (call.speed !== undefined && !(Number.isFinite(call.speed) && call.speed > 0)) {
    throw new InvalidArgumentError({ argument: 'speed', message: `speed must be a positive number (1 is normal speed); got ${call.speed}.` });
  }
  const warnings: CoreWarning[] = [];
  if (call.instructions !== undefined) {
    warnings.push({
      type: 'unsupported-setting',
      setting: 'instructions',
      details: `OpenRouter's /audio/speech has no instructions field; for a model that takes them, ${PASS_THROUGH_HINT}.`,
    });
  }
  if (call.language !== undefined) {
    warnings.push({
      type: 'unsupported-setting',
      setting: 'language',
      details: `OpenRouter's /audio/speech has no language field; for a model that takes one, ${PASS_THROUGH_HINT}.`,
    });
  }
  const { extraBody: modelExtra, ...modelFields } = settings;
  const { extraBody: callExtra, ...callFields } = callOptions;
  const rest: Record<string, unknown> = {
    ...mergeShallow<Record<string, unknown>>({ voice: call.voice, speed: call.speed }, modelFields, callFields, modelExtra, callExtra),
  };
  for (const key of OWNED_FIELDS) delete rest[key];
  return { body: { model: modelId, input: call.text, response_format: wireFormat, ...rest }, warnings };
}
