import { expect, test } from "@playwright/test";
import { deckSlideCount, lessonFiles } from "./support/lessons";
import { counter, currentSlide, openTalk } from "./support/talk";

const [lesson] = lessonFiles();
const slug = lesson!.slug;
const total = deckSlideCount(lesson!);
// Two windows of one browser per test: give them time to load on a busy machine.
test.describe.configure({ timeout: 60_000 });

test("P opens the presenter window at the slide on screen", async ({ page, context }) => {
  await page.goto(`lessons/${slug}/slides/#4`);
  const opened = context.waitForEvent("page");
  await page.keyboard.press("p");
  const presenter = await opened;
  await expect(presenter).toHaveURL(new RegExp(`/lessons/${slug}/presenter/#4$`));
  await expect(counter(presenter)).toHaveText(`4 / ${total}`);
  await expect(presenter.getByRole("region", { name: "Current slide" })).toBeVisible();
});

test("driving the presenter moves the audience, and the reverse", async ({ context }) => {
  const { audience, presenter } = await openTalk(context, slug);
  await presenter.keyboard.press("ArrowRight");
  await expect(counter(audience)).toHaveText(`2 / ${total}`);
  await expect(audience).toHaveURL(/#2$/);

  await audience.keyboard.press("ArrowDown");
  await expect(counter(presenter)).toHaveText(`3 / ${total}`);

  await presenter.getByRole("button", { name: "Next slide" }).click();
  await presenter.getByRole("button", { name: "Next slide" }).click();
  await expect(counter(audience)).toHaveText(`4 / ${total}`);

  await audience.keyboard.press("End");
  await expect(counter(presenter)).toHaveText(`${total} / ${total}`);
  await presenter.keyboard.press("Home");
  await expect(counter(audience)).toHaveText(`1 / ${total}`);
});

test("a window opened mid-talk joins where the talk is, without moving the others", async ({ context }) => {
  const { audience, presenter } = await openTalk(context, slug, "#5");
  const late = await context.newPage();
  await late.goto(`lessons/${slug}/slides/#1`);
  await expect(counter(late)).toHaveText(`5 / ${total}`);
  await expect(counter(audience)).toHaveText(`5 / ${total}`);
  await expect(counter(presenter)).toHaveText(`5 / ${total}`);
});

test("a step advances in both windows, whichever is driven", async ({ context }) => {
  // Deck slide 3 of the first lesson holds one <Step>.
  const { audience, presenter } = await openTalk(context, slug, "#3");
  const audienceStep = currentSlide(audience).locator(".step").first();
  await expect(audienceStep).toBeHidden();

  await presenter.keyboard.press("ArrowRight");
  await expect(audienceStep).toBeVisible();
  await expect(audience).toHaveURL(/#3\.1$/);
  await expect(counter(audience)).toHaveText(`3 / ${total}`);
  await expect(presenter.getByText("Step 1 of 1")).toBeVisible();

  await audience.keyboard.press("ArrowLeft");
  await expect(presenter).toHaveURL(/#3$/);
  await expect(audienceStep).toBeHidden();
  await expect(presenter.getByText("Step 0 of 1")).toBeVisible();
});

test("the presenter shows the slide's notes, what comes next, and the clocks", async ({ context }) => {
  const { audience, presenter } = await openTalk(context, slug, "#2");
  const notes = presenter.getByRole("region", { name: "Speaker notes" });
  const expectedNotes = (await currentSlide(presenter).locator("[data-notes] .notes-body p").first().textContent())!.trim();
  await expect(notes).toContainText(expectedNotes.slice(0, 40));
  await expect(presenter.getByRole("heading", { name: "Next: slide 3" })).toBeVisible();
  await expect(presenter.locator("[data-presenter-next] .thumb")).toBeVisible();

  // The timer waits for the talk to start: the first slide change.
  const elapsed = presenter.getByRole("timer");
  await expect(elapsed).toHaveText("0:00");
  await expect(presenter.getByRole("button", { name: "Start" })).toBeVisible();
  await audience.keyboard.press("ArrowRight");
  await expect(presenter.getByRole("button", { name: "Pause" })).toBeVisible();
  await expect(elapsed).not.toHaveText("0:00", { timeout: 3_000 });
  await expect(presenter.locator("[data-pacing]")).toHaveText(/^(on time|\d+ min (ahead|behind))/);
  await expect(presenter.locator("[data-clock]")).toHaveText(/\d{1,2}:\d{2}/);

  await presenter.getByRole("button", { name: "Pause" }).click();
  const paused = await elapsed.textContent();
  await presenter.waitForTimeout(1_200);
  await expect(elapsed).toHaveText(paused!);
  await presenter.getByRole("button", { name: "Reset" }).click();
  await expect(elapsed).toHaveText("0:00");
});

test("blackout from the presenter blacks out the audience screen", async ({ context }) => {
  const { audience, presenter } = await openTalk(context, slug, "#2");
  await presenter.keyboard.press("b");
  await expect(audience.locator(".deck-blackout")).toBeVisible();
  await expect(presenter.getByText("Screen blacked out")).toBeVisible();
  await audience.keyboard.press(".");
  await expect(presenter.locator(".deck-blackout")).toBeHidden();
  await expect(audience.locator(".deck-blackout")).toBeHidden();
});
