// Journey: hostile snippets (from share links) get a clear message, and Stop ends a flood at once — in every engine.
import { clickButton, waitFor } from "../../scripts/engines/page-actions.mjs";

const lesson = "lessons/generators/";
const id = "generators/1";
const selector = `[data-id="${id}"]`;

/** The fragment a share link carries (the format of src/examples/share-link.ts). */
function shareFragment(code) {
  const bytes = new TextEncoder().encode(code);
  const base64 = Buffer.from(bytes).toString("base64").replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  return `#share=${encodeURIComponent(id)}~${base64}`;
}

/** In the page: the example's output text. */
function outputText(wanted) {
  return document.querySelector(wanted)?.querySelector('[role="log"]')?.textContent ?? "";
}

/** Opens the lesson with `code` in the first example, through a share link, and runs it. */
async function runShared(page, site, code) {
  await page.goto(site.url(`${lesson}${shareFragment(code)}`));
  // On the same page only the fragment changes: press Run once the example shows the shared code, as a reader would.
  const firstLine = code.split("\n")[0].slice(0, 40);
  await waitFor(page, ({ wanted, line }) => (document.querySelector(wanted)?.querySelector("[data-code-view]")?.textContent ?? "").replaceAll("\u00a0", " ").includes(line), { wanted: selector, line: firstLine }, { timeout: 30_000, what: "the shared code to be shown" });
  await clickButton(page, "Run", { within: selector, timeout: 30_000 });
}

async function expectOutput(page, pattern, what, timeout = 30_000) {
  try {
    await waitFor(page, (wanted) => new RegExp(wanted.source).test(document.querySelector(wanted.selector)?.querySelector('[role="log"]')?.textContent ?? ""), { selector, source: pattern.source }, { timeout, what });
  } catch (error) {
    const shown = await page.evaluate(outputText, selector).catch(() => "");
    throw new Error(`${error.message}; the output shows ${JSON.stringify(shown.slice(0, 80))}…${JSON.stringify(shown.slice(-80))}`);
  }
}

/** Issue 17's forger: patch postMessage, grab the port on the first console.log, then speak the host's protocol. */
const forger = (attack) =>
  [
    "let port: MessagePort | undefined;",
    "const post = MessagePort.prototype.postMessage;",
    "MessagePort.prototype.postMessage = function (this: MessagePort, ...args: any[]) {",
    "  port ??= this;",
    "  return (post as any).apply(this, args);",
    "};",
    'console.log("first line");',
    'console.log("port captured:", port !== undefined);',
    attack,
    'console.log("after the attack");',
  ].join("\n");
const forgerAnswer = /port captured: false[\s\S]*after the attack[\s\S]*done in/;

/** The corpus of the Chromium journeys (e2e/hostile-code-cannot-crash-or-freeze-the-page.spec.ts), each with the answer the reader must see. */
const probes = [
  { code: 'throw new Error("M".repeat(2 ** 28));', expect: /Uncaught Error: M+…/, what: "a 2^28-character error shown cut short", timeout: 60_000 },
  { code: 'const blobUrl = URL.createObjectURL(new Blob([""], { type: "text/javascript" }));\nfor (;;) new Worker(blobUrl);', expect: /new Worker is not available in examples/, what: "a worker bomb refused at its first worker" },
  { code: 'const url = URL.createObjectURL(new Blob(["setInterval(() => {}, 1000)"]));\nconst workers = Array.from({ length: 5000 }, () => new Worker(url));\nconsole.log(workers.length);', expect: /new Worker is not available in examples/, what: "5,000 idle workers refused likewise" },
  {
    code: 'import { runInWorker } from "interleave";\nconst outcomes = await Promise.allSettled(Array.from({ length: 2000 }, () => runInWorker(() => 1)));\nconst refused = outcomes.filter((outcome) => outcome.status === "rejected") as PromiseRejectedResult[];\nconsole.log("ran:", outcomes.length - refused.length, "refused:", refused.length, "-", refused[0]?.reason.message);',
    expect: /ran: 16 refused: 1984 - runInWorker: at most 16 workers can run at once in an example[\s\S]*done in/,
    what: "2,000 runInWorker calls: 16 run, the rest get a clear error",
  },
  { code: forger('port?.postMessage({ type: "done", time: 0, realTime: 0 });'), expect: forgerAnswer, what: "a patched postMessage cannot forge a done" },
  { code: forger('port?.postMessage({ type: "logs", lines: [{ level: "log", text: "x".repeat(100 * 2 ** 20), time: 0 }] });'), expect: forgerAnswer, what: "a patched postMessage cannot send a 100 MB line" },
  { code: forger('port?.postMessage({ type: "trace", batch: { numbers: new Float64Array([3, 0, 0, 0, 0, 0, 0, 0, 0, NaN, NaN, 1e9]), strings: ["x"] } });'), expect: forgerAnswer, what: "a patched postMessage cannot send a trace batch claiming 1e9 numbers" },
  { code: 'const trap = () => { throw new Error("trap"); };\nconsole.log(new Proxy({}, { get: trap, ownKeys: trap, getPrototypeOf: trap, getOwnPropertyDescriptor: trap }));\nconsole.log("still running");', expect: /\[unreadable value\][\s\S]*still running/, what: "a hostile Proxy printed as unreadable, the code going on" },
];

/** In the page: stamps the press (its event time, so time queued behind a busy main thread counts) and the end of the run. */
function stopClock(wanted) {
  const figure = document.querySelector(wanted);
  const clock = (window.__stopClock = { pressed: 0, ended: 0 });
  figure.addEventListener("click", (event) => (clock.pressed ||= event.timeStamp), { capture: true, once: true });
  new MutationObserver((_, observer) => {
    if (!clock.pressed || figure.hasAttribute("data-running")) return;
    clock.ended = performance.now();
    observer.disconnect();
  }).observe(figure, { attributes: true, attributeFilter: ["data-running"] });
}

export default {
  name: "hostile code gets a clear message, and Stop ends a flood at once",
  timeout: 360_000,
  async run(page, { site }) {
    for (const probe of probes) {
      await runShared(page, site, probe.code);
      await expectOutput(page, probe.expect, probe.what, probe.timeout);
    }
    await runShared(page, site, 'for (let i = 0; ; i++) console.log("flood " + i);');
    await waitFor(page, (wanted) => /\d{2,3},\d{3} earlier lines hidden/.test(document.querySelector(wanted)?.textContent ?? ""), selector, { timeout: 30_000, what: "the flood to be capped" });
    await page.evaluate(stopClock, selector);
    await clickButton(page, "Stop", { within: selector });
    await waitFor(page, (wanted) => !document.querySelector(wanted)?.hasAttribute("data-running"), selector, { timeout: 5_000, what: "Stop to end the flood" });
    const latency = Math.round(await page.evaluate(() => window.__stopClock.ended - window.__stopClock.pressed));
    // Measured in the page from the press's own time stamp, so a busy main thread counts and the driver's round trips do not.
    if (latency > 500) throw new Error(`Stop took ${latency} ms to end the flood (the issue's bound: 500 ms)`);
    const tail = await page.evaluate(outputText, selector);
    if (!tail.includes("stopped")) throw new Error("the flood's output does not say it stopped");
    await page.goto(site.url(lesson));
    await clickButton(page, "Reset", { within: selector });
    return `${probes.length} probes answered clearly; Stop ended a flood ${latency} ms after the press`;
  },
};
