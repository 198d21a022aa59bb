/** Deterministic ids: counters, restarted by `reset()`, never random. */
export class EmulatorIds {
  private generation = 0;
  private toolCall = 0;
  private serverToolCall = 0;

  nextGenerationId(): string {
    this.generation += 1;
    return `gen-emulator-${this.generation}`;
  }

  nextToolCallId(): string {
    this.toolCall += 1;
    return `call_emulator_${this.toolCall}`;
  }

  nextServerToolCallId(): string {
    this.serverToolCall += 1;
    return `srvtoolu_emulator_${this.serverToolCall}`;
  }

  reset(): void {
    this.generation = 0;
    this.toolCall = 0;
    this.serverToolCall = 0;
  }
}
