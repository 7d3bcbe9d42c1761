/** Whether Excel refused a request because its response would be over Excel on the web's 5 MB. */
export function responseTooLarge(error: unknown): boolean {
  return error !== null && typeof error === "object" && (error as { code?: unknown }).code === "ResponsePayloadSizeLimitExceeded";
}

/**
 * Reads table rows a block per request, for a read Excel on the web refused as one response: the
 * rows of `spans` (0-based, inclusive), `perBlock` at first. `queue` queues the loads of the block
 * of `count` rows from `first` and returns what to do once they are back — which may give the
 * block size to go on with (the status table's reader sizes blocks by the bytes a row carried). A
 * block refused all the same is halved and asked again; a single row refused is an error.
 */
export async function readInRowBlocks(
  context: Excel.RequestContext,
  spans: readonly (readonly [number, number])[],
  perBlock: number,
  queue: (first: number, count: number) => () => number | void,
): Promise<void> {
  let size = Math.max(1, perBlock);
  for (const [first, last] of spans) {
    let next = first;
    while (next <= last) {
      const count = Math.min(size, last - next + 1);
      const received = queue(next, count);
      try {
        // A request per block that fits Excel on the web's response limit: this path runs only after a refusal.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      } catch (error) {
        if (count === 1 || !responseTooLarge(error)) throw error;
        size = Math.ceil(count / 2);
        continue;
      }
      next += count;
      size = Math.max(1, received() ?? size);
    }
  }
}
