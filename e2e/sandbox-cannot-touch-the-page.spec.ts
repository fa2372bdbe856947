import { expect, test } from "@playwright/test";
import { openWithCode, outputOf } from "./support/examples";

const probe = `
const report = async (name: string, read: () => unknown) => {
  try {
    console.log(name, "->", String(await read()));
  } catch (error) {
    console.log(name, "-> blocked:", (error as Error).name);
  }
};
const g = globalThis as any;
await report("localStorage", () => g.localStorage.getItem("secret"));
await report("cookie", () => g.document.cookie);
await report("indexedDB", () => new Promise((resolve, reject) => {
  const request = g.indexedDB.open("probe");
  request.onsuccess = () => resolve("opened");
  request.onerror = () => reject(request.error);
}));
await report("caches", () => g.caches.keys());
await report("fetch", () => fetch("/").then((response) => response.status));
await report("parent", () => g.parent.document.title);
console.log("end of probes");
`;

test("a sandboxed snippet cannot read the page's storage, cookies, caches or the network", async ({ page }) => {
  await page.goto("./");
  await page.evaluate(() => {
    localStorage.setItem("secret", "page-secret");
    document.cookie = "secret=page-secret; path=/";
  });
  await openWithCode(page, "lessons/generators/", "generators/1", probe);
  const figure = page.locator('[data-id="generators/1"]');
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  await figure.getByRole("button", { name: "Run", exact: true }).click();
  const output = outputOf(figure);
  await expect(output).toContainText("end of probes", { timeout: 20_000 });
  const text = await output.innerText();
  expect(text).not.toContain("page-secret");
  for (const name of ["localStorage", "cookie", "indexedDB", "caches", "fetch", "parent"]) {
    expect(text).toMatch(new RegExp(`${name} -> (blocked|undefined)`));
  }
  expect(requests.filter((url) => url.endsWith("/") && !url.includes("_astro"))).toEqual([]);
  await expect(page.evaluate(() => localStorage.getItem("secret"))).resolves.toBe("page-secret");
});
