// The journeys every other engine runs, cheap ones first. Each: { name, timeout?, run(page, context) → summary }.
import pageThroughADeck from "./page-through-a-deck.mjs";
import traceShowsEvents from "./trace-shows-events.mjs";
import editAndRunChangedCode from "./edit-and-run-changed-code.mjs";
import stopAnEndlessLoop from "./stop-an-endless-loop.mjs";
import stopEndsTheWorkers from "./stop-ends-the-workers.mjs";
import hostileCode from "./hostile-code-gets-a-clear-message.mjs";
import runTheSeedsPython from "./run-the-seeds-python.mjs";
import everyExample from "./every-example-prints-its-promised-output.mjs";

export const journeys = [pageThroughADeck, traceShowsEvents, editAndRunChangedCode, stopAnEndlessLoop, stopEndsTheWorkers, hostileCode, runTheSeedsPython, everyExample];
