// Per other engine (Firefox ESR, WebKitGTK; $ENGINES): how many promised outputs the page prints
// exactly, and the wall-clock time of lesson 1's Compare (Polgár's simul) run at its scale.
import { runEveryExample, summarize } from "../../e2e/engines/every-example-prints-its-promised-output.mjs";
import { wantedEngines } from "../engines/engine-packages.mjs";
import { launchers } from "../engines/launch.mjs";
import { atLeast, failed, seconds } from "./figure.mjs";

/** The first lesson's Compare: the one "Run both" whose wall time the course promises to keep short. */
const isPolgarCompare = (record, firstLesson) => record.compare && record.id.startsWith(`${firstLesson}/`);

export default {
  name: "engines",
  async run({ site, lessons, log }) {
    const results = [];
    for (const engine of wantedEngines()) {
      let page;
      try {
        page = await launchers[engine]();
        log(`${page.name}: every example, one at a time…`);
        const records = await runEveryExample(page, { site, lessons });
        const { exact, total, numbersOnly, other } = summarize(records);
        results.push(atLeast("engines", `${page.name}: promised outputs printed exactly`, exact, total, (count) => `${count} of ${total}`, `${numbersOnly.length} differ only in numbers, ${other.length} otherwise`));
        const polgar = records.find((record) => isPolgarCompare(record, lessons[0].slug));
        if (polgar) {
          const closings = records.filter((record) => record.unit === polgar.unit).map((record) => record.closing).join(" / ");
          results.push({ group: "engines", figure: `${page.name}: Polgár's Run both wall-clock time at ${polgar.scale}×`, value: seconds(polgar.wallMs), budget: "", pass: undefined, note: closings });
        }
      } catch (error) {
        results.push(failed("engines", `${engine}: promised outputs printed exactly`, "all", error));
      } finally {
        await page?.close();
      }
    }
    return results;
  },
};
