import { warmSandbox } from "../sandbox/host/pool";
import { CompareGroup } from "./compare";
import { Example } from "./example";
import { TimelinePanel } from "../timeline/panel";

const examples = new WeakMap<HTMLElement, Example>();
const groups = new WeakMap<HTMLElement, CompareGroup>();

/** The Example behind a figure, made on first use with its timeline wired. */
export function exampleFor(figure: HTMLElement): Example {
  let example = examples.get(figure);
  if (!example) {
    example = new Example(figure);
    examples.set(figure, example);
    // Inside a <Compare> the group draws both sides on one axis instead.
    if (!figure.closest("[data-compare]")) new TimelinePanel(figure.querySelector<HTMLElement>("[data-timeline]")!, [example]);
  }
  return example;
}

function groupFor(root: HTMLElement): CompareGroup {
  let group = groups.get(root);
  if (!group) {
    const figures = [...root.querySelectorAll<HTMLElement>("[data-playground]")];
    group = new CompareGroup(root, figures.map(exampleFor));
    groups.set(root, group);
  }
  return group;
}

/** A reader is about to use an example: have a sandbox ready before they click. */
export function warm(target: Element): void {
  if (target.closest("[data-playground], [data-compare]")) warmSandbox();
  const compare = target.closest<HTMLElement>("[data-compare]");
  if (compare) groupFor(compare);
}

/** The trace (issue 8): its code, with the parser and instrumenter, loads only when first asked for. */
const loadTrace = () => import("../trace/trace-run");

/** Carries out a toolbar button's action. */
export async function act(button: HTMLElement): Promise<void> {
  const action = button.dataset.action;
  if (action === "run-both" || action === "trace-both") {
    const compare = button.closest<HTMLElement>("[data-compare]");
    if (!compare) return;
    if (action === "run-both") return groupFor(compare).runBoth();
    const { traceBoth } = await import("../trace/trace-compare");
    return traceBoth(compare, groupFor(compare).examples);
  }
  const figure = button.closest<HTMLElement>("[data-playground]");
  if (!figure) return;
  const compare = figure.closest<HTMLElement>("[data-compare]");
  if (compare) groupFor(compare);
  const example = exampleFor(figure);
  // An example marked `trace` opens traced: its Run records a trace too.
  const traced = action === "trace" || (action === "run" && figure.dataset.trace !== undefined && !example.running);
  if (traced) await (await loadTrace()).traceExample(example);
  else if (action === "run") await example.toggleRun();
  else if (action === "edit") await example.edit();
  else if (action === "reset") example.reset();
  else if (action === "copy") await example.copy();
  else if (action === "share") await example.share();
}
