import { chromium } from "@playwright/test";
import { readFileSync } from "node:fs";
import { chromiumArgs, chromiumPath } from "./browser-path.mjs";
import { startStaticServer } from "./static-server.mjs";
const server = await startStaticServer({ root: "/work/main/dist", base: "/", port: 0, host: "127.0.0.1" });
const { port } = server.address();
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const context = await browser.newContext({ serviceWorkers: "block" });
const page = await context.newPage();
await page.goto(`http://127.0.0.1:${port}/lessons/many-downloads/slides/`, { waitUntil: "load" });
await page.waitForTimeout(1500);
for (let i = 0; i < 5; i++) { await page.keyboard.press("ArrowRight"); await page.waitForTimeout(300); }
const cdp = await context.newCDPSession(page);
await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
await page.evaluate(() => {
  addEventListener("keydown", (event) => {
    performance.mark("key");
    requestAnimationFrame(() => { const c = new MessageChannel(); c.port1.onmessage = () => performance.mark("end"); c.port2.postMessage(0); });
  }, true);
  addEventListener("keydown", (event) => {
    if (event.key !== "r") return;
    event.stopImmediatePropagation();
    const slides = [...document.querySelectorAll("[data-canvas] > .slide")];
    const at = slides.findIndex((slide) => slide.hasAttribute("data-current"));
    window.__flipBase ??= at - 1;
    const to = at === window.__flipBase ? at + 1 : window.__flipBase;
    slides[at].removeAttribute("data-current");
    slides[to].setAttribute("data-current", "");
  }, true);
});
await browser.startTracing(page, { path: "/tmp/trace.json", categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "blink.user_timing"] });
for (let i = 0; i < 10; i++) { await page.keyboard.press(process.argv[2] ?? "ArrowRight"); await page.waitForTimeout(500); }
await browser.stopTracing();
await browser.close(); server.close();
const ev = JSON.parse(readFileSync("/tmp/trace.json", "utf8")).traceEvents;
const marks = ev.filter((e) => e.cat?.includes("user_timing") && (e.name === "key" || e.name === "end")).sort((a, b) => a.ts - b.ts);
const windows = [];
for (let i = 0; i < marks.length - 1; i++) if (marks[i].name === "key" && marks[i + 1].name === "end") windows.push([marks[i].ts, marks[i + 1].ts, marks[i].tid]);
const sum = new Map();
for (const [a, b, tid] of windows) for (const e of ev) if (e.ph === "X" && e.tid === tid && e.ts >= a && e.ts <= b) { const k = e.name === "FunctionCall" ? `FunctionCall ${(e.args?.data?.url || "").split("/").pop()}:${e.args?.data?.columnNumber}` : e.name; sum.set(k, (sum.get(k) ?? 0) + e.dur); }
console.log("windows", windows.length, "median window ms", windows.map(([a, b]) => (b - a) / 1000).sort((x, y) => x - y)[windows.length >> 1]);
for (const [k, v] of [...sum].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log((v / 1000 / windows.length).toFixed(1).padStart(7), "ms/press", k);
