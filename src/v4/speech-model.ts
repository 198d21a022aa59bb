import type { SpeechModelV4, SpeechModelV4CallOptions, SpeechModelV4Result } from '@ai-sdk/provider-v4';
import type { SpeechModelCore } from '../core/speech/speech-model-core';
import { toV4Warnings } from './map-to-v4';

/** SpeechModelV4 (AI SDK 7's generateSpeech) over the OpenRouter speech core. */
export class OpenClawRouterSpeechModel implements SpeechModelV4 {
  readonly specificationVersion = 'v4';
  readonly provider = 'openrouter.speech';
  readonly modelId: string;

  constructor(private readonly core: SpeechModelCore) {
    this.modelId = core.modelId;
  }

  async doGenerate(options: SpeechModelV4CallOptions): Promise<SpeechModelV4Result> {
    const result = await this.core.generate(options);
    return { ...result, warnings: toV4Warnings(result.warnings) };
  }
}
