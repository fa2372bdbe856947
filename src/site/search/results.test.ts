import { describe, expect, it } from "vitest";
import { resultsMarkup, safeExcerpt } from "./results";

describe("search results", () => {
  it("keeps Pagefind's <mark> highlights and drops any other tag", () => {
    expect(safeExcerpt("a <mark>sleep</mark> of &lt;T&gt; <img src=x onerror=alert(1)>")).toBe("a <mark>sleep</mark> of &lt;T&gt; ");
  });

  it("lists each lesson with its matching sections, leaving out the page-level repeat", () => {
    const markup = resultsMarkup([
      {
        url: "/lessons/async-iteration/",
        excerpt: "for <mark>await</mark>",
        meta: { title: "Async iteration" },
        sub_results: [
          { title: "Async iteration", url: "/lessons/async-iteration/", excerpt: "x" },
          { title: "Waiting inside a loop", url: "/lessons/async-iteration/#waiting-inside-a-loop", excerpt: "<mark>await</mark> each" },
        ],
      },
    ]);
    expect(markup).toContain('<a class="search-result-title" href="/lessons/async-iteration/">Async iteration</a>');
    expect(markup).toContain('<a href="/lessons/async-iteration/#waiting-inside-a-loop">Waiting inside a loop</a>');
    expect(markup.match(/<li>/g)).toHaveLength(1);
  });

  it("escapes titles and URLs", () => {
    const markup = resultsMarkup([{ url: '/x/"y', excerpt: "", meta: { title: "<b>T</b>" }, sub_results: [] }]);
    expect(markup).toContain("&#60;b&#62;T&#60;/b&#62;");
    expect(markup).toContain('href="/x/&#34;y"');
  });
});
