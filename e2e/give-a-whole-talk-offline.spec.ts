import { expect, test, type Page } from "@playwright/test";
import { deckSlideCount, lessonFiles } from "./support/lessons";
import { counter, openTalk } from "./support/talk";

const [lesson] = lessonFiles();
const total = deckSlideCount(lesson!);

/** "slide/steps shown" of a window, read from what it shows. */
const position = (page: Page) =>
  page.evaluate(() => {
    const slide = document.querySelector("[data-canvas] > .slide[data-current]")!;
    const index = [...document.querySelectorAll("[data-canvas] > .slide")].indexOf(slide);
    return `${index + 1}/${slide.querySelectorAll(".step[data-revealed]").length}`;
  });

test("a whole lesson, presenter and audience in step from first slide to last, with the network off", async ({ context }) => {
  test.setTimeout(180_000);
  const { audience, presenter } = await openTalk(context, lesson!.slug);
  await context.setOffline(true);
  const errors: string[] = [];
  for (const page of [audience, presenter]) page.on("pageerror", (error) => errors.push(error.message));

  // Every press of the talk: each step, then each slide, driven from the presenter window.
  let presses = 0;
  let at = await position(presenter);
  while (at !== "end") {
    await presenter.keyboard.press("ArrowRight");
    presses++;
    const before = at;
    await expect.poll(async () => ((await presenter.getByRole("button", { name: "Next slide" }).isDisabled()) ? "end" : await position(presenter))).not.toBe(before);
    at = (await presenter.getByRole("button", { name: "Next slide" }).isDisabled()) ? "end" : await position(presenter);
    await expect.poll(() => position(audience)).toBe(await position(presenter));
    expect(presses).toBeLessThan(total * 6);
  }
  await expect(counter(audience)).toHaveText(`${total} / ${total}`);
  expect(presses).toBeGreaterThanOrEqual(total - 1);
  await expect(presenter.locator("[data-presenter-next]")).toContainText("End of the deck");

  // The audience window drives too: back to the start with Home.
  await audience.keyboard.press("Home");
  await expect(counter(presenter)).toHaveText(`1 / ${total}`);
  expect(errors).toEqual([]);
});
