import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./scripts/browser-path.mjs";

/** First of the two ports the tests serve on; set E2E_PORT to run a second checkout's tests beside this one. */
const firstPort = Number(process.env.E2E_PORT ?? 4322);

/** The built site at "/" and the same course built under a sub-path. */
export const sites = {
  root: { port: firstPort, base: "/", dir: "dist" },
  subPath: { port: firstPort + 1, base: "/course/", dir: "dist-course" },
} as const;

const serve = ({ port, base, dir }: (typeof sites)[keyof typeof sites]) => ({
  command: `node scripts/serve.mjs`,
  env: { PORT: String(port), BASE_PATH: base, SITE_DIR: dir },
  url: `http://localhost:${port}${base}`,
  reuseExistingServer: !process.env.CI,
  timeout: 30_000,
});

const chromiumUse = { ...devices["Desktop Chrome"], launchOptions: { executablePath: chromiumPath(), args: chromiumArgs } };
/** The journey that loads the machine's cores while it runs. */
const busyMachine = /on-a-busy-machine\.spec\.ts$/;
/** Journeys that count the page's frames and time Stop: on a 2-core runner they need the machine to themselves. */
const hostileCode = /hostile-code-cannot-crash-or-freeze-the-page\.spec\.ts$/;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${sites.root.port}/`,
    trace: "retain-on-failure",
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
  },
  projects: [
    { name: "chromium", testIgnore: [busyMachine, hostileCode], use: chromiumUse },
    // After the other journeys, one test at a time: frame counts and Stop latency measure this page alone.
    { name: "hostile code", testMatch: hostileCode, fullyParallel: false, dependencies: ["chromium"], use: chromiumUse },
    // Keeps every core busy while it runs: alone, after the other journeys.
    { name: "busy machine", testMatch: busyMachine, dependencies: ["chromium", "hostile code"], use: chromiumUse },
  ],
  webServer: [serve(sites.root), serve(sites.subPath)],
});
