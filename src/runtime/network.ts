import type { Download, DownloadOptions } from "./interleave";
import type { SeededRandom } from "./random.ts";

/** Draws one download's outcome. Draw order is fixed (latency, size, failure) so a seed replays exactly. */
export function planDownload(name: string, options: DownloadOptions, random: SeededRandom) {
  const ms = options.latency ?? Math.round((100 + random.float() * 900) / 10) * 10;
  const bytes = 2_000 + Math.floor(random.float() * 18_001);
  const fails = options.fail ?? (options.failRate !== undefined && random.float() < options.failRate);
  const result: Download = { name, bytes, ms };
  return { ms, fails, result };
}

/** The error a failed download rejects with. */
export function downloadError(name: string): Error {
  return new Error(`download failed: ${name}`);
}

/** What an aborted download rejects with, as `fetch` does: the signal's reason (by default a DOMException "AbortError"). */
export function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException("This operation was aborted", "AbortError");
}
