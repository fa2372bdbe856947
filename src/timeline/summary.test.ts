import { describe, expect, it } from "vitest";
import type { GuestMessage } from "../sandbox/protocol/messages.ts";
import { TimelineModel } from "./model.ts";
import { describeRun, summarize } from "./summary.ts";
import { beats, concurrentCountdownWithTasks, sequentialCountdown } from "../../test/support/timeline-fixtures.ts";

function build(messages: GuestMessage[]): TimelineModel {
  const model = new TimelineModel();
  for (const message of messages) model.receive(message);
  return model;
}

describe("summarize", () => {
  it("says one sentence per lane: when it started and ended, how long it ran and waited, its lines", () => {
    expect(summarize(build(concurrentCountdownWithTasks()))).toEqual([
      "A: started at 0.00 s, ended at 2.00 s; ran 0.00 s, waited 2.00 s; 2 lines.",
      "B: started at 0.00 s, ended at 3.00 s; ran 0.00 s, waited 3.00 s; 3 lines.",
      "main: started at 0.00 s, ended at 3.00 s; ran 0.00 s, waited 3.00 s; 1 line.",
    ]);
  });

  it("speaks Portuguese on a pt-BR page, with its decimal comma", () => {
    expect(summarize(build(concurrentCountdownWithTasks()), "pt-BR")[0]).toBe("A: começou em 0,00 s, terminou em 2,00 s; executou 0,00 s, esperou 2,00 s; 2 linhas.");
    expect(describeRun(build(sequentialCountdown()), "pt-BR")).toBe("terminou em 5,00 s, 1 faixa");
  });

  it("tells the sync countdown ran all along", () => {
    expect(summarize(build(sequentialCountdown()))).toEqual([
      "main: started at 0.00 s, ended at 5.00 s; ran 5.00 s, waited 0.00 s; 6 lines.",
    ]);
  });

  it("speaks of a live lane in the present", () => {
    const model = build([{ type: "task", id: 1, name: "A", start: 0 }, ...beats(100, 1_200)]);
    expect(summarize(model)).toEqual(["A: started at 0.00 s, still going; ran 0.00 s, waited 1.20 s so far; no lines."]);
    expect(describeRun(model)).toBe("running, at 1.20 s, 1 lane");
  });

  it("leaves out run and wait when they are unknown", () => {
    const model = new TimelineModel({ mode: "virtual" });
    model.addLog({ level: "log", text: "hi", time: 0 });
    model.finish(250);
    expect(summarize(model)).toEqual(["main: started at 0.00 s, ended at 0.25 s; 1 line."]);
    expect(describeRun(model)).toBe("ended at 0.25 s, 1 lane");
  });
});
