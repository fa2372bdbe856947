import { openChannel, type Controller, type DeckHandle, type Role, type Tagged, type WindowChannel } from "../deck/api";
import { once } from "../lib/once";
import type { ExampleIntent } from "./events";
import type { Example } from "./example";

/** What one window tells the others about its examples (presenter ↔ audience only, like the slide sync). */
export type MirrorMessage = { role: Role } & MirrorEvent;
type MirrorEvent =
  | { type: "hello" }
  | { type: "here" }
  | { type: "code"; id: string; code: string; editing: boolean }
  | { type: "run"; id: string }
  | { type: "stop"; id: string }
  | { type: "speed"; id: string; value: string };

type ExampleModule = typeof import("./controller");

/**
 * Mirrors examples between the windows of a talk: code typed in one appears in the other, and Run
 * or Stop in one does the same in the other. The other window runs its own copy of the program
 * rather than receiving output lines: the runtime's time and randomness are seeded, so both runs
 * print the same, and the output panel, timeline and error mapping need no second code path.
 * The playground code loads only once another window is there.
 */
export function mirrorController(deck: DeckHandle): Controller {
  const lesson = deck.root.dataset.lesson ?? "";
  const { role } = deck;
  const figures = () => [...deck.root.querySelectorAll<HTMLElement>("[data-canvas] [data-playground]")];
  const figureById = (id: string) => figures().find((figure) => figure.dataset.id === id);
  let channel: WindowChannel<MirrorMessage> | undefined;
  const post = (event: MirrorEvent) => channel?.post({ role, ...event });
  let queue = Promise.resolve();
  // Changes this window is repeating right now: not sent back (no echo loop).
  let repeating = false;

  const onIntent = (example: Example, intent: ExampleIntent) => {
    // A run repeated from the other window starts later, after its compile: the run says so itself.
    if (repeating || (intent.type === "run" && intent.mirrored)) return;
    post(intent.type === "code" ? { ...intent, id: example.id } : { type: intent.type, id: example.id });
  };
  /** Loads the playground code once and subscribes to every example on the page. */
  const connect = once(() =>
    import("./controller").then((module: ExampleModule) => {
      for (const figure of figures()) module.exampleFor(figure).events.onIntent(onIntent);
      return module;
    }),
  );

  const openEditorQuietly = async (example: Example) => {
    // Opening Monaco focuses it; this window's reader (or projector) keeps the focus they had.
    const focused = document.activeElement;
    await example.edit();
    if (focused instanceof HTMLElement && focused !== document.body) focused.focus({ preventScroll: true });
    else (document.activeElement as HTMLElement | null)?.blur();
  };
  /** Does what another window asked without reporting it back there. */
  const quietly = (change: () => void) => {
    repeating = true;
    try {
      change();
    } finally {
      repeating = false;
    }
  };

  const repeat = async (message: Tagged<MirrorMessage>) => {
    if (message.type === "hello" || message.type === "here") return;
    const figure = figureById(message.id);
    if (!figure) return;
    if (message.type === "speed") return setSpeed(figure, message.value);
    const module = await connect();
    const example = module.exampleFor(figure);
    if (message.type === "code") {
      if (message.editing && !example.editing) await openEditorQuietly(example);
      if (example.code !== message.code) quietly(() => example.setCode(message.code));
    } else if (message.type === "stop") {
      quietly(() => example.stop());
    } else {
      module.warm(figure); // a <Compare> side needs its group (shared timeline) before it runs
      // The same door as the Run button: one run at a time, so a repeated (or forged) message starts nothing more.
      // Not awaited: the run lasts; later messages (a Stop) must not wait behind it.
      void example.runs.run({ trace: false, mirrored: true }).catch(() => {});
    }
  };
  const setSpeed = (figure: HTMLElement, value: string) => {
    const select = figure.querySelector<HTMLSelectElement>("[data-scale-select]");
    // Only a speed this select offers: a forged value would blank it, and runs would never start.
    if (!select || select.value === value || ![...select.options].some((option) => option.value === value)) return;
    select.value = value;
    quietly(() => select.dispatchEvent(new Event("change", { bubbles: true })));
  };
  const onSpeed = (event: Event) => {
    const select = event.target;
    if (repeating || !(select instanceof HTMLSelectElement) || !select.matches("[data-scale-select]")) return;
    const id = select.closest<HTMLElement>("[data-playground]")?.dataset.id;
    if (id) post({ type: "speed", id, value: select.value });
  };
  const onMessage = (message: Tagged<MirrorMessage>) => {
    if (message.role === role) return;
    // Another window is here: from now on this one's examples report what people do to them.
    if (message.type === "hello") post({ type: "here" });
    if (figures().length > 0) void connect();
    queue = queue.then(() => repeat(message)).catch((error: unknown) => console.warn("Could not mirror an example:", error));
  };

  return {
    bind: () => {
      if (figures().length === 0) return;
      channel = openChannel<MirrorMessage>(`interleave:examples:${lesson}`);
      channel?.listen(onMessage);
      post({ type: "hello" });
      deck.root.addEventListener("change", onSpeed);
    },
    destroy: () => {
      deck.root.removeEventListener("change", onSpeed);
      channel?.close();
    },
  };
}
