/**
 * The spending limit of a live run: every reply's reported cost (`usage.cost`, as OpenRouter bills
 * it) is added up per scenario, and no scenario starts once the total has passed the cap.
 */

export const DEFAULT_MAX_USD = 0.5;

/** `LIVE_MAX_USD` as a number of dollars; a clear error for anything else. */
export function maxUsdFrom(env: string | undefined): number {
  if (env === undefined || env.trim() === '') return DEFAULT_MAX_USD;
  const value = Number(env);
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`LIVE_MAX_USD must be a positive number of US dollars (e.g. LIVE_MAX_USD=0.5), got ${JSON.stringify(env)}.`);
  }
  return value;
}

/**
 * The cost a reply reports: the last `usage.cost` of a JSON body or of an SSE body's chunks
 * (a stream reports usage once, at its end). Undefined when the reply reports none.
 */
export function reportedCost(body: string, contentType: string): number | undefined {
  const documents = contentType.includes('text/event-stream')
    ? body
        .split('\n')
        .filter((line) => line.startsWith('data: {'))
        .map((line) => line.slice('data: '.length))
    : [body];
  let cost: number | undefined;
  for (const document of documents) {
    const found = costIn(parse(document));
    if (found !== undefined) cost = found;
  }
  return cost;
}

function costIn(value: unknown): number | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const usage = (value as { usage?: unknown }).usage;
  if (typeof usage !== 'object' || usage === null) return undefined;
  const cost = (usage as { cost?: unknown }).cost;
  return typeof cost === 'number' ? cost : undefined;
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export interface ScenarioCost {
  scenario: string;
  usd: number;
  /** Replies that reported no cost (binary audio, errors). */
  unpriced: number;
}

export class CostCap {
  private readonly costs: ScenarioCost[] = [];

  constructor(readonly maxUsd: number) {}

  get spent(): number {
    return this.costs.reduce((sum, cost) => sum + cost.usd, 0);
  }

  /** True once the reported total has passed the cap: the next scenario must not start. */
  get reached(): boolean {
    return this.spent > this.maxUsd;
  }

  add(cost: ScenarioCost): void {
    this.costs.push(cost);
  }

  get scenarios(): readonly ScenarioCost[] {
    return this.costs;
  }
}
