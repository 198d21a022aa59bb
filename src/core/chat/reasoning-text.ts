import type { ReasoningDetail } from '../wire/openrouter-wire-types';

/** The text a user may read: text and summaries. Encrypted details are never shown. */
export function visibleReasoningText(details: ReasoningDetail[]): string {
  let text = '';
  for (const detail of details) text += visibleText(detail);
  return text;
}

export function visibleText(detail: ReasoningDetail): string {
  if (detail.type === 'reasoning.text' && typeof detail.text === 'string') return detail.text;
  if (detail.type === 'reasoning.summary' && typeof detail.summary === 'string') return detail.summary;
  return '';
}

/**
 * Gemini ties thought signatures to tool calls (an encrypted detail whose id
 * is the call's id). They ride on the tool-call part too, so they replay even
 * when an app drops reasoning parts; replay sends each detail once.
 */
export function detailsForToolCall(details: ReasoningDetail[], toolCallId: string): ReasoningDetail[] | undefined {
  let tied: ReasoningDetail[] | undefined;
  for (const detail of details) {
    if (detail.id === toolCallId) (tied ??= []).push(detail);
  }
  return tied;
}
