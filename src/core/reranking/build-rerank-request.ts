import { InvalidArgumentError } from '@ai-sdk/provider';
import { resolveRouting, type RoutingLayer } from '../routing';
import { mergeShallow } from '../util/merge-options';
import type { OpenClawRouterRerankingSettings } from './reranking-options';

/** Documents as the specs pass them: all strings or all JSON objects. */
export type RerankDocuments = { type: 'text'; values: string[] } | { type: 'object'; values: Array<Record<string, unknown>> };

export interface RerankCallFields {
  documents: RerankDocuments;
  query: string;
  topN?: number;
}

const OWNED_FIELDS = ['model', 'query', 'documents', 'top_n'];

/**
 * Call options -> POST /rerank body. `provider` follows the shared routing rule and is placed
 * after every extraBody; the request's own fields always win. Pure.
 */
export function buildRerankRequest(input: {
  modelId: string;
  call: RerankCallFields;
  providerRouting: RoutingLayer;
  providerExtraBody: Record<string, unknown> | undefined;
  settings: OpenClawRouterRerankingSettings;
  callOptions: OpenClawRouterRerankingSettings;
}): Record<string, unknown> {
  const { modelId, call, settings, callOptions } = input;
  if (call.documents.values.length === 0) {
    throw new InvalidArgumentError({ argument: 'documents', message: "documents is empty: OpenRouter's /rerank needs at least one document." });
  }
  if (call.topN !== undefined && !(Number.isInteger(call.topN) && call.topN >= 1)) {
    throw new InvalidArgumentError({ argument: 'topN', message: `topN must be a whole number of at least 1; got ${call.topN}.` });
  }
  const { provider } = resolveRouting({
    providerSettings: { provider: input.providerRouting.provider },
    providerExtraBody: input.providerExtraBody,
    modelSettings: settings,
    callOptions,
  });
  const { extraBody: modelExtra, provider: _modelProvider, ...modelFields } = settings;
  const { extraBody: callExtra, provider: _callProvider, ...callFields } = callOptions;
  // A provider-wide `models` is the chat fallback list; /rerank takes one model.
  const { models: _chatFallbacks, ...providerExtra } = input.providerExtraBody ?? {};
  const rest: Record<string, unknown> = {
    ...mergeShallow<Record<string, unknown>>(providerExtra, modelFields, callFields, modelExtra, callExtra, { provider }),
  };
  for (const key of OWNED_FIELDS) delete rest[key];
  return { model: modelId, query: call.query, documents: wireDocuments(call.documents), top_n: call.topN, ...rest };
}

/**
 * OpenRouter takes strings, or `{ text?, image? }` objects for multimodal rerankers. Other objects
 * (a product record, say) are ranked by their JSON text, as rerankers read structured documents.
 */
function wireDocuments(documents: RerankDocuments): Array<string | Record<string, unknown>> {
  if (documents.type === 'text') return documents.values;
  return documents.values.map((document) => (isTextOrImage(document) ? document : JSON.stringify(document)));
}

function isTextOrImage(document: Record<string, unknown>): boolean {
  const keys = Object.keys(document);
  return keys.length > 0 && keys.every((key) => (key === 'text' || key === 'image') && typeof document[key] === 'string');
}
