import { describe, expect, it } from 'vitest';
import { ReasoningAccumulator } from './reasoning-accumulator';

const accumulate = (...pieces: Array<Record<string, unknown>>) => {
  const accumulator = new ReasoningAccumulator();
  for (const piece of pieces) accumulator.add(piece as never);
  return accumulator.details;
};

describe('ReasoningAccumulator', () => {
  it('joins the text pieces of one detail and lands a late, signature-only piece on it', () => {
    expect(
      accumulate(
        { type: 'reasoning.text', text: 'Let me ', format: 'anthropic-claude-v1', index: 0 },
        { type: 'reasoning.text', text: 'think.', format: 'anthropic-claude-v1', index: 0 },
        { type: 'reasoning.text', text: '', signature: 'EqQBsig==', format: 'anthropic-claude-v1', index: 0 },
      ),
    ).toEqual([{ type: 'reasoning.text', text: 'Let me think.', signature: 'EqQBsig==', format: 'anthropic-claude-v1', index: 0 }]);
  });

  it('keeps details of other indexes and types apart, in arrival order', () => {
    expect(
      accumulate(
        { type: 'reasoning.summary', summary: 'Plan', index: 0, id: 'rs_1' },
        { type: 'reasoning.encrypted', data: 'gAAA', index: 0, id: 'rs_1' },
        { type: 'reasoning.summary', summary: ' more', index: 0, id: 'rs_1' },
        { type: 'reasoning.text', text: 'Second block', index: 1 },
      ),
    ).toEqual([
      { type: 'reasoning.summary', summary: 'Plan more', index: 0, id: 'rs_1' },
      { type: 'reasoning.encrypted', data: 'gAAA', index: 0, id: 'rs_1' },
      { type: 'reasoning.text', text: 'Second block', index: 1 },
    ]);
  });

  it('keeps pieces without an index as they came', () => {
    expect(accumulate({ type: 'reasoning.text', text: 'a' }, { type: 'reasoning.text', text: 'b' })).toEqual([
      { type: 'reasoning.text', text: 'a' },
      { type: 'reasoning.text', text: 'b' },
    ]);
  });

  it('never lets a null in a later piece erase a value, and keeps unknown fields opaque', () => {
    expect(
      accumulate(
        { type: 'reasoning.server_tool_call', tool_name: 'web_search', arguments: '{}', result: 'ok', index: 0, id: 'st_1' },
        { type: 'reasoning.server_tool_call', id: null, index: 0, extra: { kept: true } },
      ),
    ).toEqual([{ type: 'reasoning.server_tool_call', tool_name: 'web_search', arguments: '{}', result: 'ok', index: 0, id: 'st_1', extra: { kept: true } }]);
  });

  it('does not change the pieces it was given', () => {
    const first = { type: 'reasoning.text', text: 'a', index: 0 };
    accumulate(first, { type: 'reasoning.text', text: 'b', index: 0 });
    expect(first).toEqual({ type: 'reasoning.text', text: 'a', index: 0 });
  });
});
