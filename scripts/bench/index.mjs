// The bench's figures, in the order the table prints them. Each module: { name, run(context) → Figure[] }.
// Add a module here to add a figure.
import firstView from "./first-view.mjs";
import precache from "./precache.mjs";
import runLatency from "./run-latency.mjs";
import check from "./check.mjs";
import editReady from "./edit-ready.mjs";
import memory from "./memory.mjs";
import slideChange from "./slide-change.mjs";
import trace from "./trace.mjs";
import lighthouse from "./lighthouse.mjs";
import engines from "./engines.mjs";
import python from "./python.mjs";

export const figures = [firstView, precache, runLatency, check, editReady, memory, slideChange, trace, python, lighthouse, engines];
