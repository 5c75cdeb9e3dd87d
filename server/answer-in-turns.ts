/**
 * Requests answered in slices of the event loop's turn. Node answers every request that became
 * readable in one turn before its timers run again: at 256 connections that is a couple of hundred
 * cached pages, 50–80 ms in which no flush, change-log read or timeout can run. Here each request
 * waits for the turn's check phase (setImmediate), and a turn answers requests for at most
 * `sliceMs`; the rest wait, in arrival order, for the next turn, after its timers and its I/O.
 *
 * Each request runs in a callback of its own, so Node runs its resolved continuations (a cached
 * page's whole answer) before the clock is read for the next one. A request whose work goes on
 * after real I/O (a render, a database read) is timed only up to that I/O.
 */
export type TurnTaking = {
  /** Runs `answer` in this turn if the turn's slice has room, else in a later one; never synchronously. */
  take(answer: () => void): void;
};

export function answerInTurns(sliceMs: number, clock: () => number = () => performance.now()): TurnTaking {
  let sliceStartedAt = Number.NEGATIVE_INFINITY;
  // The slice's start is marked by a callback queued ahead of the turn's first waiting request.
  let startQueued = false;
  const startSlice = () => {
    startQueued = false;
    sliceStartedAt = clock();
  };

  function queue(answer: () => void): void {
    if (!startQueued) {
      startQueued = true;
      setImmediate(startSlice);
    }
    setImmediate(attempt, answer);
  }

  function attempt(answer: () => void): void {
    // Queued in this turn's check phase, it runs in the next turn's, behind that turn's start.
    if (clock() - sliceStartedAt >= sliceMs) return queue(answer);
    answer();
  }

  return { take: queue };
}
