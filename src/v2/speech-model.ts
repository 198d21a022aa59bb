import type { SpeechModelV2, SpeechModelV2CallOptions, SpeechModelV2CallWarning } from '@ai-sdk/provider';
import type { SpeechModelCore } from '../core/speech/speech-model-core';
import { toV2CallWarnings } from './map-to-v2';

/** SpeechModelV2 (AI SDK 5's experimental_generateSpeech) over the OpenRouter speech core. */
export class OpenClawRouterSpeechModel implements SpeechModelV2 {
  readonly specificationVersion = 'v2';
  readonly provider = 'openrouter.speech';
  readonly modelId: string;

  constructor(private readonly core: SpeechModelCore) {
    this.modelId = core.modelId;
  }

  async doGenerate(options: SpeechModelV2CallOptions) {
    const result = await this.core.generate(options);
    return { ...result, warnings: toV2CallWarnings<SpeechModelV2CallWarning>(result.warnings) };
  }
}
