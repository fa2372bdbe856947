import { describe, expect, it } from "vitest";
import { parseStackFrames } from "./stack-frames.ts";

describe("parseStackFrames", () => {
  it("reads V8 frames with and without a function name, and Node file URLs", () => {
    const stack = [
      "Error: boom",
      "    at f (blob:null/1b2c:12:5)",
      "    at blob:null/1b2c:3:1",
      "    at async Promise.all (index 0)",
      "    at file:///home/me/my%20dir/snippet.mjs:4:9",
      "    at Object.<anonymous> (/home/me/odd (name).js:8:2)",
      "    at Generator.next (<anonymous>)",
    ].join("\n");
    expect(parseStackFrames(stack)).toEqual([
      { url: "blob:null/1b2c", line: 12, column: 5 },
      { url: "blob:null/1b2c", line: 3, column: 1 },
      { url: "file:///home/me/my%20dir/snippet.mjs", line: 4, column: 9 },
      { url: "/home/me/odd (name).js", line: 8, column: 2 },
    ]);
  });

  it("reads Firefox and Safari frames, including async ones", () => {
    const stack = "main@blob:null/1b2c:7:11\nasync*run@blob:null/1b2c:9:3\n@blob:null/1b2c:12:1\n";
    expect(parseStackFrames(stack)).toEqual([
      { url: "blob:null/1b2c", line: 7, column: 11 },
      { url: "blob:null/1b2c", line: 9, column: 3 },
      { url: "blob:null/1b2c", line: 12, column: 1 },
    ]);
  });
});
