/**
 * The layout's import directions, enforced: every import in src/ is checked against the table in
 * README.md ("Import directions"), so the rule a newcomer reads is the rule the build keeps.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { importsOf, parseLayerTable, type Layer } from "./support/boundaries.ts";

const root = join(dirname(new URL(import.meta.url).pathname), "..");
const layers = parseLayerTable(readFileSync(join(root, "README.md"), "utf8"));

/** Every source file under `folder`, relative to the repository root. */
function sourceFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: "utf8" })
    .filter((file) => /\.(ts|mts|astro)$/.test(file))
    .map((file) => join(folder, file));
}

/** The most specific layer whose folder holds `file`. */
function layerOf(file: string): Layer | undefined {
  return layers
    .filter((layer) => layer.paths.some((path) => (path.endsWith("/") ? file.startsWith(path) : file === path)))
    .sort((a, b) => longest(b) - longest(a))[0];
  function longest(layer: Layer) {
    return Math.max(...layer.paths.filter((path) => (path.endsWith("/") ? file.startsWith(path) : file === path)).map((path) => path.length));
  }
}

const isTest = (file: string) => /\.test\.ts$/.test(file);
const files = sourceFiles("src").filter((file) => !isTest(file) && !file.endsWith(".d.ts"));
const workerLayers = new Set(["runtime", "protocol", "code", "recorder", "guest"]);
const driverPackages = /^(vitest|@playwright\/test|playwright(-core)?|puppeteer(-core)?|selenium-webdriver|webdriverio)(\/|$)/;

describe("the layer table in README.md", () => {
  it("names a folder that exists for every layer, and only layers it defines", () => {
    const names = new Set(layers.map((layer) => layer.name));
    for (const layer of layers) {
      for (const allowed of layer.mayImport) expect(names, `${layer.name} may import "${allowed.name}"`).toContain(allowed.name);
    }
    expect(layers.length).toBeGreaterThan(10);
  });

  it("covers every source file in src/", () => {
    const orphans = files.filter((file) => !layerOf(file));
    expect(orphans).toEqual([]);
  });
});

describe("imports in src/", () => {
  const violations: string[] = [];
  const nodeInWorkers: string[] = [];
  const drivers: string[] = [];
  const intoTests: string[] = [];
  for (const file of files) {
    const from = layerOf(file);
    if (!from) continue;
    for (const { specifier, lazy, urlOnly } of importsOf(readFileSync(join(root, file), "utf8"))) {
      if (driverPackages.test(specifier)) drivers.push(`${file} imports ${specifier}`);
      if (specifier.startsWith("node:") && workerLayers.has(from.name)) nodeInWorkers.push(`${file} imports ${specifier}`);
      if (!specifier.startsWith(".")) continue;
      const [path = ""] = specifier.split("?");
      const target = relative(root, normalize(join(root, dirname(file), path)));
      if (target.startsWith("test/") || target === "test") {
        intoTests.push(`${file} imports ${specifier}`);
        continue;
      }
      const to = layerOf(resolveFile(target));
      if (!to || to === from) continue;
      const rule = from.mayImport.find((allowed) => allowed.name === to.name);
      const ok = rule && (!rule.lazy || lazy) && (!rule.urlOnly || urlOnly);
      if (!ok) violations.push(`${file} (${from.name}) → ${specifier} (${to.name})`);
    }
  }

  it("point only in the directions the table allows", () => {
    expect(violations).toEqual([]);
  });

  it("never reach Node-only test support", () => {
    expect(intoTests).toEqual([]);
  });

  it("bring no test framework or browser driver into the site", () => {
    expect(drivers).toEqual([]);
  });

  it("keep code that runs in a worker and in Node free of node: modules", () => {
    expect(nodeInWorkers).toEqual([]);
  });

  it("keep code that runs in a worker and in Node free of the DOM", () => {
    const domUse = files
      .filter((file) => workerLayers.has(layerOf(file)?.name ?? ""))
      .filter((file) => /\b(document|window)\s*\.|\bHTMLElement\b/.test(stripComments(readFileSync(join(root, file), "utf8"))));
    expect(domUse).toEqual([]);
  });
});

/** The file a specifier names, with the extension it may leave out. */
function resolveFile(target: string): string {
  const found = ["", ".ts", ".astro", "/index.ts"].map((suffix) => target + suffix).find((path) => existsSync(join(root, path)) && statSync(join(root, path)).isFile());
  return found ?? target;
}

/** The code without `//` and `/* … *\/` comments, so prose that mentions the DOM is not mistaken for use. */
function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
}
