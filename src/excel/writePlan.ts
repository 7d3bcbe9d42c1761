import { REQUEST_BUDGET_BYTES } from "./host";
import { RANGE_WRITE_BYTES } from "./requestCost";

/** A queued write whose size is not given is costed as one write on a range (requestCost.ts). */
export const SMALL_WRITE_BYTES = RANGE_WRITE_BYTES;

/**
 * The most bytes one chunk of a large value write should carry: a little under the budget, so the
 * first chunk shares its request with the small writes queued before it (titles, header) instead
 * of leaving them a request of their own.
 */
export function chunkBudget(budget: number): number {
  return Math.max(budget / 2, budget - 64 * 1024);
}

/**
 * Writes queued in order and sent in as few requests as the payload allows: normally one; more
 * only when the queued values would exceed what one request may carry (5 MB on Excel on the web).
 */
export class WritePlan {
  private readonly steps: { bytes: number; queue: () => void }[] = [];

  constructor(private readonly budget = REQUEST_BUDGET_BYTES) {}

  add(queue: () => void, bytes = SMALL_WRITE_BYTES): void {
    this.steps.push({ bytes, queue });
  }

  /** Requests the plan needs: a new one starts whenever the next step would go over the budget. */
  batches(): number {
    let count = this.steps.length > 0 ? 1 : 0;
    let used = 0;
    for (const step of this.steps) {
      if (used > 0 && used + step.bytes > this.budget) {
        count += 1;
        used = 0;
      }
      used += step.bytes;
    }
    return count;
  }

  /** Queues every step, syncing between batches; ends with the sync of the last batch. */
  async run(context: Excel.RequestContext): Promise<void> {
    let used = 0;
    for (const step of this.steps) {
      if (used > 0 && used + step.bytes > this.budget) {
        // One request per budget's worth of payload: Excel on the web refuses larger requests.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        used = 0;
      }
      step.queue();
      used += step.bytes;
    }
    await context.sync();
  }
}
