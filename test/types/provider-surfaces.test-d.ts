/**
 * Compile-time checks of the three public surfaces, one per AI SDK major: each provider is a
 * provider of its spec, each factory returns its spec's model, and the surfaces expose the same
 * methods apart from the documented differences. Run by vitest's type checking in the v2 lane.
 */
import type { EmbeddingModelV2, ImageModelV2, LanguageModelV2, ProviderV2, SpeechModelV2, TranscriptionModelV2 } from '@ai-sdk/provider';
import type {
  EmbeddingModelV3,
  Experimental_VideoModelV3,
  ImageModelV3,
  LanguageModelV3,
  ProviderV3,
  RerankingModelV3,
  SpeechModelV3,
  TranscriptionModelV3,
} from '@ai-sdk/provider-v3';
import type {
  EmbeddingModelV4,
  Experimental_VideoModelV4,
  ImageModelV4,
  LanguageModelV4,
  ProviderV4,
  RerankingModelV4,
  SpeechModelV4,
  TranscriptionModelV4,
} from '@ai-sdk/provider-v4';
import { describe, expectTypeOf, it } from 'vitest';
import type * as Root from '../../src';
import type * as V2 from '../../src/v2';
import type * as V3 from '../../src/v3';
import type * as V4 from '../../src/v4';

/** The methods a surface implements: its spec's optional members it leaves out (V4's `files`, `skills`) do not count. */
type Methods<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];

type V2Provider = V2.OpenClawRouterProvider;
type V3Provider = V3.OpenClawRouterProvider;
type V4Provider = V4.OpenClawRouterProvider;

describe('the root entry and /v2 (AI SDK 5)', () => {
  it('are the same V2 surface', () => {
    expectTypeOf<Root.OpenClawRouterProvider>().toEqualTypeOf<V2Provider>();
    expectTypeOf<typeof Root.createOpenClawRouter>().toEqualTypeOf<typeof V2.createOpenClawRouter>();
  });

  it('give a ProviderV2 whose factories return V2 models', () => {
    expectTypeOf<ReturnType<typeof V2.createOpenClawRouter>>().toEqualTypeOf<V2Provider>();
    expectTypeOf<V2Provider>().toExtend<ProviderV2>();
    expectTypeOf<typeof V2.openclawRouter>().toEqualTypeOf<V2Provider>();
    expectTypeOf<ReturnType<V2Provider>>().toEqualTypeOf<LanguageModelV2>();
    expectTypeOf<ReturnType<V2Provider['languageModel']>>().toEqualTypeOf<LanguageModelV2>();
    expectTypeOf<ReturnType<V2Provider['chat']>>().toEqualTypeOf<LanguageModelV2>();
    expectTypeOf<ReturnType<V2Provider['imageModel']>>().toEqualTypeOf<ImageModelV2>();
    expectTypeOf<ReturnType<V2Provider['textEmbeddingModel']>>().toEqualTypeOf<EmbeddingModelV2<string>>();
    expectTypeOf<ReturnType<V2Provider['speechModel']>>().toEqualTypeOf<SpeechModelV2>();
    expectTypeOf<ReturnType<V2Provider['transcriptionModel']>>().toEqualTypeOf<TranscriptionModelV2>();
    expectTypeOf<ReturnType<V2Provider['tools']['webSearch']>['type']>().toEqualTypeOf<'provider-defined'>();
  });

  it('its model classes are V2 models', () => {
    expectTypeOf<V2.OpenClawRouterChatLanguageModel>().toExtend<LanguageModelV2>();
    expectTypeOf<V2.OpenClawRouterImageModel>().toExtend<ImageModelV2>();
    expectTypeOf<V2.OpenClawRouterEmbeddingModel>().toExtend<EmbeddingModelV2<string>>();
  });
});

describe('/v3 (AI SDK 6)', () => {
  it('gives a ProviderV3 whose factories return V3 models', () => {
    expectTypeOf<ReturnType<typeof V3.createOpenClawRouter>>().toEqualTypeOf<V3Provider>();
    expectTypeOf<V3Provider>().toExtend<ProviderV3>();
    expectTypeOf<V3Provider['specificationVersion']>().toEqualTypeOf<'v3'>();
    expectTypeOf<ReturnType<V3Provider>>().toEqualTypeOf<LanguageModelV3>();
    expectTypeOf<ReturnType<V3Provider['languageModel']>>().toEqualTypeOf<LanguageModelV3>();
    expectTypeOf<ReturnType<V3Provider['imageModel']>>().toEqualTypeOf<ImageModelV3>();
    expectTypeOf<ReturnType<V3Provider['embeddingModel']>>().toEqualTypeOf<EmbeddingModelV3>();
    expectTypeOf<ReturnType<V3Provider['textEmbeddingModel']>>().toEqualTypeOf<EmbeddingModelV3>();
    expectTypeOf<ReturnType<V3Provider['speechModel']>>().toEqualTypeOf<SpeechModelV3>();
    expectTypeOf<ReturnType<V3Provider['transcriptionModel']>>().toEqualTypeOf<TranscriptionModelV3>();
    expectTypeOf<ReturnType<V3Provider['rerankingModel']>>().toEqualTypeOf<RerankingModelV3>();
    expectTypeOf<ReturnType<V3Provider['videoModel']>>().toEqualTypeOf<Experimental_VideoModelV3>();
    expectTypeOf<ReturnType<V3Provider['tools']['webSearch']>['type']>().toEqualTypeOf<'provider'>();
  });

  it('its model classes are V3 models', () => {
    expectTypeOf<V3.OpenClawRouterChatLanguageModel>().toExtend<LanguageModelV3>();
    expectTypeOf<V3.OpenClawRouterImageModel>().toExtend<ImageModelV3>();
    expectTypeOf<V3.OpenClawRouterEmbeddingModel>().toExtend<EmbeddingModelV3>();
    expectTypeOf<V3.OpenClawRouterSpeechModel>().toExtend<SpeechModelV3>();
    expectTypeOf<V3.OpenClawRouterTranscriptionModel>().toExtend<TranscriptionModelV3>();
    expectTypeOf<V3.OpenClawRouterRerankingModel>().toExtend<RerankingModelV3>();
    expectTypeOf<V3.OpenClawRouterVideoModel>().toExtend<Experimental_VideoModelV3>();
  });
});

describe('/v4 (AI SDK 7)', () => {
  it('gives a ProviderV4 whose factories return V4 models', () => {
    expectTypeOf<ReturnType<typeof V4.createOpenClawRouter>>().toEqualTypeOf<V4Provider>();
    expectTypeOf<V4Provider>().toExtend<ProviderV4>();
    expectTypeOf<V4Provider['specificationVersion']>().toEqualTypeOf<'v4'>();
    expectTypeOf<ReturnType<V4Provider>>().toEqualTypeOf<LanguageModelV4>();
    expectTypeOf<ReturnType<V4Provider['languageModel']>>().toEqualTypeOf<LanguageModelV4>();
    expectTypeOf<ReturnType<V4Provider['imageModel']>>().toEqualTypeOf<ImageModelV4>();
    expectTypeOf<ReturnType<V4Provider['embeddingModel']>>().toEqualTypeOf<EmbeddingModelV4>();
    expectTypeOf<ReturnType<V4Provider['speechModel']>>().toEqualTypeOf<SpeechModelV4>();
    expectTypeOf<ReturnType<V4Provider['transcriptionModel']>>().toEqualTypeOf<TranscriptionModelV4>();
    expectTypeOf<ReturnType<V4Provider['rerankingModel']>>().toEqualTypeOf<RerankingModelV4>();
    expectTypeOf<ReturnType<V4Provider['videoModel']>>().toEqualTypeOf<Experimental_VideoModelV4>();
    expectTypeOf<ReturnType<V4Provider['tools']['webSearch']>['type']>().toEqualTypeOf<'provider'>();
  });

  it('its model classes are V4 models', () => {
    expectTypeOf<V4.OpenClawRouterChatLanguageModel>().toExtend<LanguageModelV4>();
    expectTypeOf<V4.OpenClawRouterImageModel>().toExtend<ImageModelV4>();
    expectTypeOf<V4.OpenClawRouterEmbeddingModel>().toExtend<EmbeddingModelV4>();
    expectTypeOf<V4.OpenClawRouterSpeechModel>().toExtend<SpeechModelV4>();
    expectTypeOf<V4.OpenClawRouterTranscriptionModel>().toExtend<TranscriptionModelV4>();
    expectTypeOf<V4.OpenClawRouterRerankingModel>().toExtend<RerankingModelV4>();
    expectTypeOf<V4.OpenClawRouterVideoModel>().toExtend<Experimental_VideoModelV4>();
  });
});

describe('the surfaces cannot drift apart', () => {
  it('v3 and v4 have the same methods, apart from V4 adding AI SDK 7 files', () => {
    expectTypeOf<Methods<V3Provider>>().toEqualTypeOf<Exclude<Methods<V4Provider>, 'files'>>();
  });

  it('v2 has every method of v3 but the kinds and names its spec lacks', () => {
    expectTypeOf<Exclude<Methods<V3Provider>, Methods<V2Provider>>>().toEqualTypeOf<
      'specificationVersion' | 'embeddingModel' | 'rerankingModel' | 'reranking' | 'videoModel' | 'video'
    >();
    expectTypeOf<Exclude<Methods<V2Provider>, Methods<V3Provider>>>().toEqualTypeOf<never>();
  });

  it('each method takes the same model ids and settings on every surface', () => {
    expectTypeOf<Parameters<V2Provider['chat']>>().toEqualTypeOf<Parameters<V3Provider['chat']>>();
    expectTypeOf<Parameters<V3Provider['chat']>>().toEqualTypeOf<Parameters<V4Provider['chat']>>();
    expectTypeOf<Parameters<V2Provider['imageModel']>>().toEqualTypeOf<Parameters<V4Provider['imageModel']>>();
    expectTypeOf<Parameters<V2Provider['textEmbeddingModel']>>().toEqualTypeOf<Parameters<V4Provider['embeddingModel']>>();
    expectTypeOf<Parameters<V2Provider['speechModel']>>().toEqualTypeOf<Parameters<V4Provider['speechModel']>>();
    expectTypeOf<Parameters<V2Provider['transcriptionModel']>>().toEqualTypeOf<Parameters<V4Provider['transcriptionModel']>>();
    expectTypeOf<Parameters<V3Provider['rerankingModel']>>().toEqualTypeOf<Parameters<V4Provider['rerankingModel']>>();
    expectTypeOf<Parameters<V3Provider['videoModel']>>().toEqualTypeOf<Parameters<V4Provider['videoModel']>>();
    expectTypeOf<V2Provider['getGeneration']>().toEqualTypeOf<V4Provider['getGeneration']>();
    expectTypeOf<V3Provider['listModels']>().toEqualTypeOf<V4Provider['listModels']>();
    expectTypeOf<Parameters<typeof V2.createOpenClawRouter>>().toEqualTypeOf<Parameters<typeof V4.createOpenClawRouter>>();
  });
});
