import type { ChatStreamPart } from '../../model-io/result-types';
import { generateId } from '@ai-sdk/provider-utils';
import type { ChatStreamToolCall } from '../../wire/chat-reply';
import type { ReasoningDetail } from '../../wire/openrouter-wire-types';
import { openrouterMetadata } from '../provider-metadata';
import { detailsForToolCall } from '../reasoning-text';
import { toolArgumentsText } from '../tool-arguments';

interface ToolCallState {
  id: string;
  /** The id OpenRouter sent, before repair; undefined when it sent none. */
  wireId?: string;
  name: string;
  args: string;
  done: boolean;
}

type Emit = (part: ChatStreamPart) => void;

/**
 * Streamed tool-call deltas -> tool-input parts and one tool-call per call.
 * Ids are repaired (null, empty or reused ids get a fresh one); arguments are
 * forwarded byte for byte and appended, never re-parsed, so each delta costs
 * the same however long the arguments grow.
 */
export class ToolCallAssembler {
  private readonly calls: ToolCallState[] = [];
  private readonly byIndex = new Map<number, ToolCallState>();
  private readonly usedIds = new Set<string>();

  constructor(private readonly emit: Emit) {}

  get count(): number {
    return this.calls.length;
  }

  get hasOpenCalls(): boolean {
    return this.calls.some((call) => !call.done);
  }

  /**
   * One `delta.tool_calls[]` entry; `beforeNewCall` runs before a call's first part. A delta with
   * an id of its own starts a new call only when it also names a function: Gemini sends parallel
   * calls all on index 0, each with its id and name, while an id that merely changes mid-call
   * (an upstream quirk) must not split one call's arguments into two broken ones.
   */
  onDelta(call: ChatStreamToolCall, beforeNewCall: () => void): void {
    let state: ToolCallState | undefined;
    const id = call.id != null && call.id !== '' ? call.id : undefined;
    const fn = call.function;
    const startsCall = id !== undefined && fn?.name != null && fn.name !== '';
    if (call.index != null) {
      state = this.byIndex.get(call.index);
      if (startsCall && state?.wireId !== undefined && id !== state.wireId) state = undefined;
    } else if (id !== undefined) {
      state = this.calls.find((c) => c.id === id && !c.done) ?? (startsCall ? undefined : this.calls[this.calls.length - 1]);
    } else state = this.calls[this.calls.length - 1];

    if (!state || state.done) {
      beforeNewCall();
      const uniqueId = id !== undefined && !this.usedIds.has(id) ? id : generateId();
      this.usedIds.add(uniqueId);
      state = { id: uniqueId, wireId: id, name: fn?.name ?? '', args: '', done: false };
      this.calls.push(state);
      if (call.index != null) this.byIndex.set(call.index, state);
      this.emit({ type: 'tool-input-start', id: state.id, toolName: state.name });
    } else if (state.name === '' && fn?.name != null) {
      state.name = fn.name;
    }

    const piece = toolArgumentsText(fn?.arguments);
    if (piece !== '') {
      state.args += piece;
      this.emit({ type: 'tool-input-delta', id: state.id, delta: piece });
    }
  }

  /** Ends every open call with its tool-call; Gemini signatures tied to a call ride on it. */
  completeAll(reasoningDetails: ReasoningDetail[]): void {
    for (const call of this.calls) {
      if (call.done) continue;
      call.done = true;
      this.emit({ type: 'tool-input-end', id: call.id });
      const tied = detailsForToolCall(reasoningDetails, call.id);
      this.emit({
        type: 'tool-call',
        toolCallId: call.id,
        toolName: call.name,
        input: call.args === '' ? '{}' : call.args,
        ...(tied ? { providerMetadata: openrouterMetadata({ reasoning_details: tied }) } : {}),
      });
    }
  }
}
