import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { pyodideVersion, pythonDirectory } from "./site-files";

describe("Pyodide's place on the site", () => {
  it("names the installed pyodide version, so a new version lands in a new folder", () => {
    const installed = JSON.parse(readFileSync(createRequire(import.meta.url).resolve("pyodide/package.json"), "utf8")) as { version: string };
    expect(pyodideVersion).toBe(installed.version);
    expect(pythonDirectory).toBe(`_python/${installed.version}`);
  });
});
