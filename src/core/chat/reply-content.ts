import type { SourcePart } from '../model-io/result-types';
import { openrouterMetadata } from './provider-metadata';

/** A `url_citation` annotation as a source part; undefined for other annotations and for URLs already cited. */
export function sourceFromCitation(annotation: unknown, citedUrls: Set<string>): SourcePart | undefined {
  const record = annotation as { type?: unknown; url_citation?: Record<string, unknown> } | null | undefined;
  const citation = record?.type === 'url_citation' ? record.url_citation : undefined;
  const url = citation?.url;
  if (typeof url !== 'string' || citedUrls.has(url)) return undefined;
  citedUrls.add(url);
  return {
    type: 'source',
    sourceType: 'url',
    id: url,
    url,
    // Web search citations often come with an empty title: no title is better than a blank one.
    ...(typeof citation!.title === 'string' && citation!.title !== '' ? { title: citation!.title } : {}),
    ...(typeof citation!.content === 'string' ? { providerMetadata: openrouterMetadata({ content: citation!.content }) } : {}),
  };
}
