// Moves files by a map of old → new paths and rewrites every relative import that pointed at them,
// so a layout change is one reviewed map instead of hundreds of hand edits.
// Usage: node scripts/maint/move-files.mjs <map-file> [--apply]
//   map lines: "old new"; a path ending in "/" is a folder rule; the first matching line wins.
// Run it again after merging a branch made before the move: imports still naming old paths are re-pointed.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, posix } from "node:path";

const [mapFile, flag] = process.argv.slice(2);
const apply = flag === "--apply";

const rules = readFileSync(mapFile, "utf8")
  .split("\n")
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith("#"))
  .map((line) => line.split(/\s+/));

/** The new path of `file`, or `file` if no rule moves it. */
function moved(file) {
  for (const [from, to] of rules) {
    if (from.endsWith("/") ? file.startsWith(from) : file === from) return to + file.slice(from.length);
  }
  return file;
}

const tracked = execFileSync("git", ["ls-files"], { encoding: "utf8" }).split("\n").filter(Boolean);
const codeFile = /\.(ts|mts|mjs|js|astro|mdx|css)$/;
const specifierPattern =
  /((?:from|import|export\s+\*\s+from)\s*\(?\s*|new URL\(\s*|vi\.mock\(\s*|@import\s+)(["'])(\.{1,2}\/[^"'\n]+)\2/g;
const probes = ["", ".ts", ".mts", ".mjs", ".js", ".astro", ".d.ts", "/index.ts"];

/** Resolves a relative specifier from `file` to a tracked path (old layout), with the suffix the specifier left out. */
function resolveSpecifier(file, specifier, exists) {
  const [bare] = specifier.split("?");
  const base = posix.normalize(posix.join(posix.dirname(file), bare));
  for (const probe of probes) if (exists(base + probe)) return { target: base + probe, omitted: probe };
  return undefined;
}

const oldSet = new Set(tracked);
const plan = tracked.map((file) => ({ from: file, to: moved(file) })).filter((entry) => entry.from !== entry.to);
const newOf = new Map(tracked.map((file) => [file, moved(file)]));
const newSet = new Set(newOf.values());

let rewrites = 0;
const edits = new Map();
for (const file of tracked) {
  if (!codeFile.test(file) || !existsSync(file)) continue;
  const text = readFileSync(file, "utf8");
  const fileNew = newOf.get(file);
  const updated = text.replace(specifierPattern, (whole, lead, quote, specifier) => {
    const [, query = ""] = specifier.split(/(?=\?)/);
    let hit = resolveSpecifier(file, specifier, (path) => oldSet.has(path));
    let targetNew;
    if (hit) targetNew = newOf.get(hit.target);
    else {
      // Re-run after a merge: the file already moved, its import still names an old location.
      hit = resolveSpecifier(file, specifier, (path) => moved(path) !== path && newSet.has(moved(path)));
      if (!hit) return whole;
      targetNew = moved(hit.target);
    }
    const stripped = hit.omitted ? targetNew.slice(0, targetNew.length - hit.omitted.length) : targetNew;
    let next = posix.relative(posix.dirname(fileNew), stripped);
    if (!next.startsWith(".")) next = `./${next}`;
    next += query;
    if (next === specifier) return whole;
    rewrites++;
    return `${lead}${quote}${next}${quote}`;
  });
  if (updated !== text) edits.set(file, updated);
}

console.log(`${plan.length} files move, ${rewrites} imports change in ${edits.size} files`);
if (!apply) {
  for (const { from, to } of plan) console.log(`  ${from} → ${to}`);
  process.exit(0);
}
for (const [file, text] of edits) writeFileSync(file, text);
for (const { from, to } of plan) {
  execFileSync("mkdir", ["-p", dirname(to)]);
  execFileSync("git", ["mv", from, to]);
}
