import { describe, expect, it } from "vitest";
import { TraceModel } from "./model.ts";
import { withLine } from "./describe.ts";
import type { TraceEvent } from "../../sandbox/protocol/trace-events.ts";

const source = { sites: [], functions: [{ name: "countdown", kind: "async" as const, line: 3, column: 0 }], lineOf: () => 7 };
const events: TraceEvent[] = [
  { seq: 0, time: 0, kind: "frame", frame: 1, fn: 0, args: "'A', 2" },
  { seq: 1, time: 0, kind: "timer-set", timer: 1, api: "setTimeout", delay: 1500, due: 1500, repeat: false, frame: 1, at: { line: 7, column: 0 } },
  { seq: 2, time: 1500, kind: "timer-fire", timer: 1 },
  { seq: 3, time: 1500, kind: "task", task: 1, name: "A", end: true },
];
const sentences = (locale: "en" | "pt-BR") => {
  const model = new TraceModel(source, locale);
  model.add(events);
  return model.steps.map((step) => withLine(step, locale));
};

describe("trace events in words", () => {
  it("reads in English on an English page", () => {
    expect(sentences("en")).toEqual([
      "line 3: countdown('A', 2) is called and starts running",
      "line 7: setTimeout(1500) set timer #1, due at 1.50 s",
      "line 7: timer #1 fired (setTimeout from line 7): a new macrotask",
      "task A ended",
    ]);
  });

  it("reads in Portuguese on a pt-BR page, code left as code and times with a decimal comma", () => {
    expect(sentences("pt-BR")).toEqual([
      "linha 3: countdown('A', 2) é chamada e começa a executar",
      "linha 7: setTimeout(1500) agendou o timer #1 para 1,50 s",
      "linha 7: o timer #1 disparou (setTimeout da linha 7): uma nova macrotarefa",
      "a tarefa A terminou",
    ]);
  });
});
