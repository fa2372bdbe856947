/**
 * Trace on an example: its compiled code (shipped, or compiled from the reader's edit) is
 * instrumented here in the page, then runs in a sandbox with the tracer on. This module (with
 * acorn and magic-string) is imported only when a traced run is first asked for.
 */
import type { Example } from "../examples/example.ts";
import type { RunSource } from "../examples/run-source.ts";
import { instrument } from "./instrument/instrument.ts";
import { listenForStepKeys } from "./key-listener.ts";
import type { InstrumentedModule } from "./instrument/sites.ts";
import { TraceView } from "./view/view.ts";
import { pageLocale, t } from "../lib/i18n/index.ts";

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
  if (!map) return { error: t(pageLocale(), "trace.couldNotNoMap") };
  try {
    return instrument(source.js, map);
  } catch (error) {
    return { error: t(pageLocale(), "trace.couldNot", { message: (error as Error).message }) };
  }
}

/** The code a traced run of `example` runs; its panel shows the trace once the run starts traced. */
export async function traceSource(example: Example, compiled: RunSource): Promise<RunSource | undefined> {
  const view = traceViewFor(example);
  const module = await instrumentSource(compiled);
  if ("error" in module) return void view.fail(module.error);
  view.load(module);
  return { js: module.js, sourceMap: async () => module.map };
}
