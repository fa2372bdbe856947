import { describe, expect, it } from "vitest";
import { progressKey } from "../progress/store";
import { asyncAwaitSplit as split } from "./async-await-split";
import { migrateSplit, migrationKey, movedHref, redirectFor } from "./migrate";

function mapStorage(entries: Record<string, string> = {}) {
  const map = new Map(Object.entries(entries));
  return {
    map,
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    removeItem: (key: string) => void map.delete(key),
  };
}

const progress = (value: unknown) => JSON.stringify(value);
const movedExample = Number(Object.entries(split.examples).find(([, id]) => id.startsWith(`${split.to}/`))![0]);
const movedTo = split.examples[movedExample]!;
const moved = split.sections.find((section) => section.lesson === split.to)!;
const renumbered = split.sections.find((section) => section.lesson === split.from)!;

describe("migrating a split lesson's stored data", () => {
  it("moves a saved edit and a kept version of an example that moved to the new lesson", () => {
    const storage = mapStorage({
      [`interleave:code:async-await/${movedExample}`]: "my edit",
      [`interleave:code-kept:async-await/${movedExample}`]: "my own version",
    });
    expect(migrateSplit(storage, split)).toBe(true);
    expect(storage.getItem(`interleave:code:${movedTo}`)).toBe("my edit");
    expect(storage.getItem(`interleave:code-kept:${movedTo}`)).toBe("my own version");
    expect(storage.getItem(`interleave:code:async-await/${movedExample}`)).toBeNull();
  });

  it("leaves an edit of an example that stayed where it was", () => {
    const storage = mapStorage({ "interleave:code:async-await/1": "kept here" });
    migrateSplit(storage, split);
    expect(storage.getItem("interleave:code:async-await/1")).toBe("kept here");
  });

  it("carries progress over to the new lesson and moves a last place inside a moved section", () => {
    const storage = mapStorage({
      [progressKey]: progress({
        lessons: { "async-await": { visited: 1, completed: 2 } },
        last: { lesson: "async-await", title: "async / await", href: `/course/lessons/async-await/#${moved.anchor}`, label: "x", at: 3 },
      }),
    });
    migrateSplit(storage, split);
    const after = JSON.parse(storage.getItem(progressKey)!);
    expect(after.lessons["async-await"]).toEqual({ visited: 1, completed: 2 });
    expect(after.lessons[split.to]).toEqual({ visited: 1, completed: 2 });
    expect(after.last).toMatchObject({ lesson: split.to, title: split.toTitle, href: `/course/lessons/${split.to}/#${moved.anchor}` });
  });

  it("moves a last deck slide that kept its lesson but changed its number", () => {
    const storage = mapStorage({
      [progressKey]: progress({ lessons: {}, last: { lesson: "async-await", title: "async / await", href: `/lessons/async-await/slides/#${renumbered.old + 1}`, label: "x", at: 3 } }),
    });
    migrateSplit(storage, split);
    expect(JSON.parse(storage.getItem(progressKey)!).last).toMatchObject({ lesson: "async-await", title: "async / await", href: `/lessons/async-await/slides/#${renumbered.section + 1}` });
  });

  it("runs once: a second call (a reload) changes nothing", () => {
    const storage = mapStorage({ [`interleave:code:async-await/${movedExample}`]: "my edit" });
    migrateSplit(storage, split);
    const once = new Map(storage.map);
    expect(migrateSplit(storage, split)).toBe(false);
    expect(storage.map).toEqual(once);
    expect(storage.getItem(migrationKey(split))).not.toBeNull();
  });

  it("does nothing with storage that is missing, throws, or forgets what it was given", () => {
    expect(migrateSplit(undefined, split)).toBe(false);
    const throwing = { getItem: () => { throw new Error("denied"); }, setItem: () => { throw new Error("denied"); } };
    expect(migrateSplit(throwing, split)).toBe(false);
    const forgetful = { getItem: () => null, setItem: () => {} };
    expect(migrateSplit(forgetful, split)).toBe(false);
  });
});

describe("old links to a moved section", () => {
  it("go to the new lesson's section, by heading or by section number", () => {
    expect(movedHref(`/lessons/async-await/#${moved.anchor}`, split)).toBe(`/lessons/${split.to}/#${moved.anchor}`);
    expect(movedHref(`/lessons/async-await/#slide-${moved.old}`, split)).toBe(`/lessons/${split.to}/#slide-${moved.section}`);
  });

  it("go to the new deck's slide from an old deck slide", () => {
    expect(movedHref(`/course/lessons/async-await/slides/#${moved.old + 1}`, split)).toBe(`/course/lessons/${split.to}/slides/#${moved.section + 1}`);
  });

  it("follow a section renumbered within the lesson, by number; its heading needs no change", () => {
    expect(movedHref(`/lessons/async-await/slides/#${renumbered.old + 1}`, split)).toBe(`/lessons/async-await/slides/#${renumbered.section + 1}`);
    expect(movedHref(`/lessons/async-await/#slide-${renumbered.old}`, split)).toBe(`/lessons/async-await/#slide-${renumbered.section}`);
    expect(movedHref(`/lessons/async-await/#${renumbered.anchor}`, split)).toBeUndefined();
  });

  it("stay where they are when the section did not move", () => {
    expect(movedHref("/lessons/async-await/#from-generators-to-async-functions", split)).toBeUndefined();
    expect(movedHref("/lessons/async-await/slides/#2", split)).toBeUndefined();
    expect(movedHref("/lessons/async-await/", split)).toBeUndefined();
    expect(movedHref(`/lessons/generators/#${moved.anchor}`, split)).toBeUndefined();
  });
});

describe("opening an old link today", () => {
  const none = () => false;
  it("leaves a fragment the page has alone: a new deck's slide 19 is its own", () => {
    expect(redirectFor(`/lessons/async-await/slides/#${moved.old + 1}`, split, () => true)).toBeUndefined();
  });

  it("sends a fragment the page lacks to the new lesson", () => {
    expect(redirectFor(`/lessons/async-await/#${moved.anchor}`, split, none)).toBe(`/lessons/${split.to}/#${moved.anchor}`);
    expect(redirectFor(`/lessons/async-await/slides/#${moved.old + 1}`, split, none)).toBe(`/lessons/${split.to}/slides/#${moved.section + 1}`);
  });

  it("never reloads the same lesson for a renumbered slide", () => {
    expect(redirectFor(`/lessons/async-await/slides/#${renumbered.old + 1}`, split, none)).toBeUndefined();
  });
});
