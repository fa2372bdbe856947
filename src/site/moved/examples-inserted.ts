import type { LessonSplit } from "./split-lesson";

/** One lesson whose examples kept their slug but moved down as new ones were inserted before them. */
interface Renumbered {
  slug: string;
  title: string;
  /** The examples' titles before the insertions, in their old order. */
  oldTitles: string[];
  /** Old example number → new number in the same lesson. */
  moves: Record<number, number>;
}

/** A renumbering as a migration: same lesson, no sections moved, so progress and links stay as they are. */
function asMigration({ slug, title, moves }: Renumbered): LessonSplit {
  const examples = Object.fromEntries(Object.entries(moves).map(([old, now]) => [old, `${slug}/${now}`]));
  return { name: `examples-inserted-13:${slug}`, from: slug, to: slug, toTitle: title, examples, sections: [] };
}

/** Issue 13 inserted examples into lessons 4 and 7–9: readers' edits follow their example to its new number. */
export const insertedExamples: Renumbered[] = [
  {
    slug: "delegation",
    title: "Delegation",
    oldTitles: ["yield* over any iterable", "bottom, middle, top", "Forwarding, part 1", "Forwarding, part 2", "readLine", "A round-robin event loop", "Generators driven by promises"],
    moves: { 1: 1, 2: 3, 3: 4, 4: 5, 5: 6, 6: 7, 7: 8 },
  },
  {
    slug: "async-iteration",
    title: "Async iteration",
    oldTitles: ["The protocol, spelled out", "The same ticker as an async generator", "A slow consumer", "Each value awaited, in array order", "No comprehension syntax: small helpers", "Released at the end of the block", "Last opened, first closed", "Pool, connection, cursor", "Rows in pages; break closes the cursor", "Ten images, shown as they arrive"],
    moves: { 1: 1, 2: 2, 3: 3, 4: 5, 5: 6, 6: 7, 7: 8, 8: 9, 9: 10, 10: 11 },
  },
  {
    slug: "executors",
    title: "Executors",
    oldTitles: ["time.sleep inside an async function", "The blocking call moved to a worker", "Blocking the loop", "Work in a worker", "Arguments and results are copied", "Copy vs transfer", "Four jobs: on the loop, then in four workers", "Six jobs, at most two at a time"],
    moves: { 1: 1, 2: 2, 3: 3, 4: 4, 5: 6, 6: 7, 7: 8, 8: 9 },
  },
  {
    slug: "many-downloads",
    title: "Many downloads at once",
    oldTitles: ["flags_seq, in TypeScript", "flags_await, in TypeScript", "Blocking, one at a time", "All at once", "Bounded concurrency", "A progress bar in completion order", "Promise.all: one failure loses everything", "Each download reports its own outcome", "Seeded latencies", "Streams over a simulated connection", "Callbacks instead of a loop"],
    moves: { 1: 1, 2: 2, 3: 6, 4: 7, 5: 8, 6: 9, 7: 10, 8: 13, 9: 14, 10: 15, 11: 16 },
  },
];

export const examplesInserted: LessonSplit[] = insertedExamples.map(asMigration);
