import type { SpeechModelV3, SpeechModelV3CallOptions } from '@ai-sdk/provider-v3';
import type { SpeechModelCore } from '../core/speech/speech-model-core';
import { toV3Warnings } from './map-to-v3';

/** SpeechModelV3 (AI SDK 6's generateSpeech) over the OpenRouter speech core. */
export class OpenClawRouterSpeechModel implements SpeechModelV3 {
  readonly specificationVersion = 'v3';
  readonly provider = 'openrouter.speech';
  readonly modelId: string;

  constructor(private readonly core: SpeechModelCore) {
    this.modelId = core.modelId;
  }

  async doGenerate(options: SpeechModelV3CallOptions) {
    const result = await this.core.generate(options);
    return { ...result, warnings: toV3Warnings(result.warnings) };
  }
}
