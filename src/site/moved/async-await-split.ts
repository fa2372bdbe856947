import type { LessonSplit } from "./split-lesson";

const part2 = "gather-race-cancel";

/** Lesson 5, "async / await", split into itself (part 1) and "Gather, race and cancel" (part 2). */
export const asyncAwaitSplit: LessonSplit = {
  name: "async-await-split",
  from: "async-await",
  to: part2,
  toTitle: "Gather, race and cancel",
  examples: {
    1: "async-await/1", // Callbacks, nested
    2: "async-await/2", // Promises and await
    3: "async-await/3", // A deferred chain, as promises
    4: "async-await/5", // An async function runs at once
    5: "async-await/7", // Driving a generator with promises
    6: "async-await/8", // One after the other
    7: "async-await/9", // Concurrently
    8: "async-await/10", // Countdown, traced
    9: "async-await/11", // hello(), blocking
    10: "async-await/12", // hello(), gathered
    11: `${part2}/1`, // Three downloads, three ways to wait
    12: `${part2}/4`, // A small asCompleted
    13: `${part2}/5`, // Never yields
    14: `${part2}/6`, // Yields after each chunk
    15: `${part2}/8`, // Microtasks before macrotasks
    16: `${part2}/9`, // Cancelling a countdown
    17: `${part2}/10`, // Racing a download against a timeout
  },
  sections: [
    // Two new slides came in after "Future and Task": the rest of part 1 moved down.
    { old: 7, anchor: "promises-start-eagerly-coroutines-dont", lesson: "async-await", section: 8 },
    { old: 8, anchor: "yield-from-became-await", lesson: "async-await", section: 10 },
    { old: 9, anchor: "await-is-yield-with-a-driver", lesson: "async-await", section: 11 },
    { old: 10, anchor: "the-countdown-in-python-5-s", lesson: "async-await", section: 12 },
    { old: 11, anchor: "and-with-asyncio-3-s", lesson: "async-await", section: 13 },
    { old: 12, anchor: "countdown-sequential-vs-concurrent", lesson: "async-await", section: 14 },
    { old: 13, anchor: "trace-the-countdown", lesson: "async-await", section: 15 },
    { old: 14, anchor: "hello-three-times-in-python-9-s", lesson: "async-await", section: 16 },
    { old: 15, anchor: "and-with-asynciogather-3-s", lesson: "async-await", section: 17 },
    { old: 16, anchor: "hello-9-s-vs-3-s", lesson: "async-await", section: 18 },
    { old: 25, anchor: "python--typescript", lesson: "async-await", section: 23 },
    { old: 17, anchor: "promiseall-race-and-allsettled", lesson: part2, section: 2 },
    { old: 18, anchor: "ascompleted-results-as-they-arrive", lesson: part2, section: 4 },
    { old: 19, anchor: "cpu-bound-work-starves-the-loop", lesson: part2, section: 5 },
    { old: 20, anchor: "await-alone-doesnt-let-timers-in", lesson: part2, section: 7 },
    { old: 21, anchor: "cancelling-with-abortcontroller", lesson: part2, section: 8 },
    { old: 22, anchor: "timeouts-in-python", lesson: part2, section: 9 },
    { old: 23, anchor: "timeouts-with-abortsignaltimeout", lesson: part2, section: 10 },
    { old: 24, anchor: "try-it", newAnchor: "practice-give-up-in-time", lesson: part2, section: 12 },
  ],
};

/** The titles the old lesson's examples had, in order: the test finds each one at its new id. */
export const oldExampleTitles = [
  "Callbacks, nested",
  "Promises and await",
  "A deferred chain, as promises",
  "An async function runs at once",
  "Driving a generator with promises",
  "One after the other",
  "Concurrently",
  "Countdown, traced",
  "hello(), blocking",
  "hello(), gathered",
  "Three downloads, three ways to wait",
  "A small asCompleted",
  "Never yields",
  "Yields after each chunk",
  "Microtasks before macrotasks",
  "Cancelling a countdown",
  "Racing a download against a timeout",
];
