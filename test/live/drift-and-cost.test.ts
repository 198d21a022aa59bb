import { describe, expect, it } from 'vitest';
import { CostCap, maxUsdFrom, reportedCost } from '../../scripts/live/cost-cap';
import { compare, driftTable, keyPaths, replyPaths } from '../../scripts/live/drift';

describe('drift report', () => {
  it('names every key path, with array positions folded', () => {
    expect([...keyPaths({ id: 'gen-1', choices: [{ delta: { content: 'a' } }, { delta: { refusal: null } }], usage: { cost: 1 } })]).toEqual([
      'id',
      'choices',
      'choices[].delta',
      'choices[].delta.content',
      'choices[].delta.refusal',
      'usage',
      'usage.cost',
    ]);
  });

  it('takes an SSE reply as the union of its chunks, comments and [DONE] aside', () => {
    const stream = ': OPENROUTER PROCESSING\n\ndata: {"id":"a","choices":[]}\n\ndata: {"id":"a","usage":{"cost":0}}\n\ndata: [DONE]\n\n';
    expect([...replyPaths(stream, 'text/event-stream')].sort()).toEqual(['choices', 'id', 'usage', 'usage.cost']);
  });

  it('lists what the emulator lacks and what it adds, as a table', () => {
    const live = replyPaths('{"id":"a","usage":{"cost":1,"is_byok":false},"system_fingerprint":"x"}', 'application/json');
    const emulated = replyPaths('{"id":"b","usage":{"cost":1},"object":"chat.completion"}', 'application/json');
    const { missing, extra } = compare(live, emulated);
    expect({ missing, extra }).toEqual({ missing: ['system_fingerprint', 'usage.is_byok'], extra: ['object'] });
    expect(driftTable([{ exchange: '01-text-x', status: '200/200', missing, extra }]).split('\n')).toEqual([
      'exchange   status   missing in emulator                extra in emulator',
      '01-text-x  200/200  system_fingerprint, usage.is_byok  object',
    ]);
  });
});

describe('cost cap', () => {
  it('reads the cost a reply reports: a JSON body, or the last usage of a stream', () => {
    expect(reportedCost('{"usage":{"cost":0.0012}}', 'application/json')).toBe(0.0012);
    expect(reportedCost('data: {"usage":{"cost":0.5}}\n\ndata: {"usage":{"cost":0.75}}\n\ndata: [DONE]\n\n', 'text/event-stream')).toBe(0.75);
    expect(reportedCost('{"error":{"message":"bad","code":400}}', 'application/json')).toBeUndefined();
  });

  it('is reached once the reported total passes LIVE_MAX_USD', () => {
    const cap = new CostCap(maxUsdFrom('0.01'));
    cap.add({ scenario: 'text', usd: 0.01, unpriced: 0 });
    expect(cap.reached).toBe(false);
    cap.add({ scenario: 'image', usd: 0.002, unpriced: 0 });
    expect(cap.reached).toBe(true);
    expect(cap.spent).toBeCloseTo(0.012, 10);
  });

  it('defaults to $0.50 and refuses a LIVE_MAX_USD that is not a positive amount', () => {
    expect(maxUsdFrom(undefined)).toBe(0.5);
    expect(() => maxUsdFrom('half')).toThrow('LIVE_MAX_USD must be a positive number of US dollars (e.g. LIVE_MAX_USD=0.5), got "half".');
    expect(() => maxUsdFrom('0')).toThrow('LIVE_MAX_USD must be a positive number');
  });
});
