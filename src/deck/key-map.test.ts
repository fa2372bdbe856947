import { describe, expect, it, vi } from "vitest";
import { KeyMap, type KeyPress } from "./key-map";

/** A key press as the map sees it; `target` is typed into when it is "field". */
function press(key: string, options: Partial<Omit<KeyPress, "preventDefault">> = {}): KeyPress & { prevented: boolean } {
  const event = {
    key,
    shiftKey: false,
    ctrlKey: false,
    altKey: false,
    metaKey: false,
    defaultPrevented: false,
    target: null,
    ...options,
    prevented: false,
    preventDefault() {
      event.prevented = true;
    },
  };
  return event;
}

const typingIn = (target: EventTarget | null) => (target as unknown) === "field";

describe("KeyMap.dispatch", () => {
  it("runs the binding for the key and prevents the browser's default", () => {
    const keys = new KeyMap(typingIn);
    const run = vi.fn();
    keys.add({ group: "Screen", bindings: [{ keys: ["b", "B"], run }] });
    const event = press("B");
    expect(keys.dispatch(event)).toBe(true);
    expect(run).toHaveBeenCalledOnce();
    expect(event.prevented).toBe(true);
  });

  it("leaves keys nobody bound alone", () => {
    const keys = new KeyMap(typingIn);
    keys.add({ group: "Screen", bindings: [{ keys: ["b"], run: vi.fn() }] });
    const event = press("x");
    expect(keys.dispatch(event)).toBe(false);
    expect(event.prevented).toBe(false);
  });

  it("never takes a press with Ctrl, Alt or Meta, nor one something else already claimed", () => {
    const keys = new KeyMap(typingIn);
    const run = vi.fn();
    keys.add({ group: "Screen", bindings: [{ keys: ["f"], run }] });
    for (const modifier of ["ctrlKey", "altKey", "metaKey", "defaultPrevented"] as const) {
      expect(keys.dispatch(press("f", { [modifier]: true }))).toBe(false);
    }
    expect(run).not.toHaveBeenCalled();
  });

  it("answers with Shift held to a plain key, and prefers a Shift+ binding when there is one", () => {
    const keys = new KeyMap(typingIn);
    const next = vi.fn();
    const previous = vi.fn();
    keys.add({ group: "Navigate", bindings: [{ keys: [" ", "ArrowRight"], run: next }, { keys: ["Shift+ "], run: previous }] });
    keys.dispatch(press(" ", { shiftKey: true }));
    keys.dispatch(press("ArrowRight", { shiftKey: true }));
    keys.dispatch(press(" "));
    expect(previous).toHaveBeenCalledOnce();
    expect(next).toHaveBeenCalledTimes(2);
  });

  it("asks bindings by priority, then in the order bound, and stops at the first that takes the key", () => {
    const keys = new KeyMap(typingIn);
    const calls: string[] = [];
    keys.add({ group: "A", bindings: [{ keys: ["o"], run: () => calls.push("first bound") }] });
    keys.add({ group: "B", bindings: [{ keys: ["o"], run: () => calls.push("second bound") }] });
    keys.dispatch(press("o"));
    keys.add({ group: "C", bindings: [{ keys: ["o"], priority: 1, run: () => calls.push("urgent") }] });
    keys.dispatch(press("o"));
    expect(calls).toEqual(["first bound", "urgent"]);
  });

  it("passes a key on when a binding's `when` says no", () => {
    const keys = new KeyMap(typingIn);
    const calls: string[] = [];
    let open = false;
    keys.add({ group: "Help", bindings: [{ keys: ["?"], when: () => open, run: () => calls.push("close") }, { keys: ["?"], run: () => calls.push("show") }] });
    keys.dispatch(press("?", { shiftKey: true }));
    open = true;
    keys.dispatch(press("?", { shiftKey: true }));
    expect(calls).toEqual(["show", "close"]);
  });

  it("ignores presses typed into a field unless a binding asks for them", () => {
    const keys = new KeyMap(typingIn);
    const calls: string[] = [];
    keys.add({
      group: "Mixed",
      bindings: [
        { keys: ["g"], run: () => calls.push("g") },
        { keys: ["?"], whileTyping: true, run: () => calls.push("?") },
        { keys: ["]"], whileTyping: (event) => event.shiftKey === false, run: () => calls.push("]") },
      ],
    });
    const field = "field" as unknown as EventTarget;
    for (const key of ["g", "?", "]"]) expect(keys.dispatch(press(key, { target: field }))).toBe(key !== "g");
    expect(calls).toEqual(["?", "]"]);
  });

  it("checks the typing target once per press, and not at all for keys nobody bound", () => {
    const isTyping = vi.fn(() => false);
    const keys = new KeyMap(isTyping);
    keys.add({ group: "A", bindings: [{ keys: ["o"], when: () => false, run: vi.fn() }, { keys: ["o"], run: vi.fn() }] });
    keys.dispatch(press("x"));
    expect(isTyping).not.toHaveBeenCalled();
    keys.dispatch(press("o"));
    expect(isTyping).toHaveBeenCalledOnce();
  });

  it("stops answering for a group once it is removed", () => {
    const keys = new KeyMap(typingIn);
    const run = vi.fn();
    const remove = keys.add({ group: "Screen", bindings: [{ keys: ["b"], run }] });
    remove();
    expect(keys.dispatch(press("b"))).toBe(false);
    expect(keys.help()).toEqual([]);
  });
});

describe("KeyMap.help", () => {
  it("lists help rows merged by group, in the order groups first appeared", () => {
    const keys = new KeyMap(typingIn);
    keys.add({ group: "Trace", bindings: [{ keys: ["]"], run: vi.fn(), help: { keys: ["]"], action: "Step forward" } }] });
    keys.add({ group: "Navigate", bindings: [{ keys: ["ArrowRight"], run: vi.fn(), help: { keys: ["→"], action: "Next" } }, { keys: ["Shift+ "], run: vi.fn() }] });
    keys.add({ group: "Trace", bindings: [{ keys: ["}"], run: vi.fn(), help: { keys: ["Shift+]"], action: "Last step" } }] });
    expect(keys.help()).toEqual([
      { group: "Trace", rows: [{ keys: ["]"], action: "Step forward" }, { keys: ["Shift+]"], action: "Last step" }] },
      { group: "Navigate", rows: [{ keys: ["→"], action: "Next" }] },
    ]);
  });
});
