import { warmSandbox } from "../sandbox/host/pool";
import { CompareGroup } from "./compare";
import { Example } from "./example";
import { TimelinePanel } from "./timeline-panel";

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

/** Carries out a toolbar button's action. */
export async function act(button: HTMLElement): Promise<void> {
  const action = button.dataset.action;
  if (action === "run-both") {
    const compare = button.closest<HTMLElement>("[data-compare]");
    if (compare) await groupFor(compare).runBoth();
    return;
  }
  const figure = button.closest<HTMLElement>("[data-playground]");
  if (!figure) return;
  const compare = figure.closest<HTMLElement>("[data-compare]");
  if (compare) groupFor(compare);
  const example = exampleFor(figure);
  if (action === "run") await example.toggleRun();
  else if (action === "edit") await example.edit();
  else if (action === "reset") example.reset();
  else if (action === "copy") await example.copy();
  else if (action === "share") await example.share();
}
