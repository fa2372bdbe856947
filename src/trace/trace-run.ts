/**
 * Trace on an example: get its compiled code (shipped, or compiled from the reader's edit),
 * instrument it here in the page, and run it in a sandbox with the tracer on. This module (with
 * acorn and magic-string) is imported only when Trace is first pressed.
 */
import type { Example } from "../examples/example.ts";
import type { RunSource } from "../examples/run-source.ts";
import { takeSandbox } from "../sandbox/host/pool.ts";
import { instrument } from "./instrument/instrument.ts";
import { listenForStepKeys } from "./key-listener.ts";
import type { InstrumentedModule } from "./instrument/sites.ts";
import { TraceView } from "./view/view.ts";

const views = new WeakMap<Example, TraceView>();

/** The trace panel of an example, made on first use. */
export function traceViewFor(example: Example): TraceView {
  let view = views.get(example);
  if (!view) {
    view = new TraceView(example);
    views.set(example, view);
    listenForStepKeys(view);
  }
  return view;
}

/** Compiled code with the tracer calls added, or why it cannot be traced. */
export async function instrumentSource(source: RunSource): Promise<InstrumentedModule | { error: string }> {
  const map = await source.sourceMap();
  if (!map) return { error: "Could not trace: this example's source map is missing." };
  try {
    return instrument(source.js, map);
  } catch (error) {
    return { error: `Could not trace: ${(error as Error).message}` };
  }
}

/** What a traced run needs: the instrumented code, and a view that is waiting for it. */
export async function prepareTrace(example: Example): Promise<{ source: RunSource; view: TraceView } | undefined> {
  const view = traceViewFor(example);
  const compiled = await example.prepare();
  if (!compiled) return undefined;
  const module = await instrumentSource(compiled);
  if ("error" in module) return void view.fail(module.error);
  view.begin(module);
  return { source: { js: module.js, sourceMap: async () => module.map, trace: true }, view };
}

/** Trace (or Stop, while it runs). */
export async function traceExample(example: Example): Promise<void> {
  if (example.running) return example.stop();
  const prepared = await prepareTrace(example);
  if (prepared) await example.start(prepared.source, takeSandbox());
}
