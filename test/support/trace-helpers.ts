/** Test helpers: run a TypeScript snippet plainly and traced, under virtual time in a Node worker. */
import { compileForBuild } from "../../src/code/build-time.ts";
import { type NodeRunOptions, type NodeRunResult, runInNode } from "./node-runner.ts";
import { withLine } from "../../src/trace/view/describe.ts";
import { instrument } from "../../src/trace/instrument/instrument.ts";
import { lineResolver } from "../../src/trace/view/line-of.ts";
import { TraceModel } from "../../src/trace/view/model.ts";
import type { InstrumentedModule } from "../../src/trace/instrument/sites.ts";

async function compiled(source: string) {
  const result = await compileForBuild(source);
  if (!result.ok) throw new Error(`does not compile: ${JSON.stringify(result.diagnostics)}`);
  return result;
}

export async function runPlain(source: string, options: NodeRunOptions = {}): Promise<NodeRunResult> {
  return runInNode((await compiled(source)).js, options);
}

export async function runTraced(source: string, options: NodeRunOptions = {}): Promise<NodeRunResult & { module: InstrumentedModule }> {
  const { js, map } = await compiled(source);
  const module = instrument(js, map);
  return { ...(await runInNode(module.js, { ...options, trace: true })), module };
}

/** The trace of a snippet as the stepper shows it: one "line N: sentence" per step, and the model. */
export async function traceSteps(source: string, options: NodeRunOptions = {}) {
  const run = await runTraced(source, options);
  const model = new TraceModel({ ...run.module, lineOf: lineResolver(run.module.map) });
  model.add(run.trace);
  return { run, model, steps: model.steps.map((step) => withLine(step)) };
}
