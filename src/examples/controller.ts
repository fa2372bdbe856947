import { warmSandbox } from "../sandbox/host/pool";
import { CompareGroup } from "./compare";
import { Example } from "./example";
import { TimelinePanel } from "./timeline-panel";
import { PortComparison } from "./port-compare";
import { keepPython } from "./keep-python";

const examples = new WeakMap<HTMLElement, Example>();
const groups = new WeakMap<HTMLElement, CompareGroup>();
const ports = new WeakMap<HTMLElement, PortComparison>();

/** A Python original's comparison with its TypeScript port (undefined when the port is not on the page). */
function portComparisonFor(figure: HTMLElement): PortComparison | undefined {
  let comparison = ports.get(figure);
  const portFigure = document.querySelector<HTMLElement>(`[data-playground][data-id="${CSS.escape(figure.dataset.port ?? "")}"]`);
  if (!comparison && portFigure) {
    const compare = portFigure.closest<HTMLElement>("[data-compare]");
    if (compare) groupFor(compare); // the port keeps its own group's timeline too
    comparison = new PortComparison(figure, exampleFor(figure), exampleFor(portFigure));
    ports.set(figure, comparison);
  }
  return comparison;
}

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

/** Shows code in an example already in use (its editor, if open, too); false when none is made yet. */
export function showCode(figure: HTMLElement, code: string): boolean {
  const example = examples.get(figure);
  example?.setCode(code);
  return example !== undefined;
}

/** A reader is about to use an example: have a sandbox ready before they click. */
export function warm(target: Element): void {
  // A Python original warms nothing: not a byte of Pyodide loads before Run Python is pressed.
  if (target.closest("[data-playground]:not([data-language='python']), [data-compare]")) warmSandbox();
  const compare = target.closest<HTMLElement>("[data-compare]");
  if (compare) groupFor(compare);
}

/**
 * Carries out a toolbar button's action. Run, Trace, Run both and Trace both toggle (Stop while
 * busy), except on a `repeat` press, the second click of a double-click: that only repeats the
 * start, so a double-click runs once instead of starting and stopping.
 */
export async function act(button: HTMLElement, repeat = false): Promise<void> {
  const action = button.dataset.action;
  if (action === "run-both" || action === "trace-both") {
    const compare = button.closest<HTMLElement>("[data-compare]");
    if (!compare) return;
    const group = groupFor(compare);
    if (action === "run-both") return repeat ? group.run({ trace: false }) : group.toggle({ trace: false });
    const { traceBoth } = await import("../trace/trace-compare");
    return traceBoth(compare, group, repeat);
  }
  const figure = button.closest<HTMLElement>("[data-playground]");
  if (!figure) return;
  const compare = figure.closest<HTMLElement>("[data-compare]");
  if (compare) groupFor(compare);
  if (action === "compare-port") return portComparisonFor(figure)?.toggle();
  if (action === "keep-python") return keepPython(button, figure);
  const example = exampleFor(figure);
  if (action === "run" || action === "trace") {
    // An example marked `trace` opens traced: its Run records a trace too.
    const request = { trace: action === "trace" || figure.dataset.trace !== undefined };
    return repeat ? example.runs.run(request) : example.runs.toggle(request);
  }
  if (action === "edit") await example.edit();
  else if (action === "reset") example.reset();
  else if (action === "copy") await example.copy();
  else if (action === "share") await example.share();
  else if (action === "swap-version") example.swapVersion(button);
}
