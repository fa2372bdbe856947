import { describe, expect, it } from "vitest";
import light from "@shikijs/themes/github-light-high-contrast";
import dark from "@shikijs/themes/github-dark-high-contrast";
import { codeThemes } from "../../build/highlight.ts";
import { monacoTheme, settingsForScope, tokenRules } from "./theme.ts";

const ruleFor = (rules: ReturnType<typeof tokenRules>, token: string) => rules.find((rule) => rule.token === token);

describe("the editor's colours come from the static blocks' shiki themes", () => {
  it("uses the very themes the build highlights with", () => {
    expect(light.name).toBe(codeThemes.light);
    expect(dark.name).toBe(codeThemes.dark);
  });

  it("picks the most specific TextMate rule for a scope", () => {
    expect(settingsForScope(light, "keyword.control.flow.ts").foreground).toBe("#a0111f");
    expect(settingsForScope(light, "entity.name.function.ts").foreground).toBe("#622cbc");
    expect(settingsForScope(light, "variable.other.readwrite.ts").foreground).toBe("#0e1116");
  });

  it("gives Monaco's TypeScript tokens the colours shiki gives the same words", () => {
    const rules = tokenRules(light);
    expect(ruleFor(rules, "keyword")?.foreground).toBe("a0111f");
    expect(ruleFor(rules, "string")?.foreground).toBe("032563");
    expect(ruleFor(rules, "comment")?.foreground).toBe("66707b");
    expect(ruleFor(rules, "number")?.foreground).toBe("023b95");
    expect(ruleFor(rules, "type.primitive")?.foreground).toBe("023b95");
    expect(ruleFor(rules, "identifier.function")?.foreground).toBe("622cbc");
    expect(ruleFor(rules, "type.identifier")?.foreground).toBe("702c00");
    expect(ruleFor(rules, "type.builtin")?.foreground).toBe("023b95");
    expect(ruleFor(rules, "delimiter")?.foreground).toBe("0e1116");
  });

  it("builds a dark theme on vs-dark and paints the page's code background", () => {
    const theme = monacoTheme(dark, { background: "#0a0c10" });
    expect(theme.base).toBe("vs-dark");
    expect(theme.colors["editor.background"]).toBe("#0a0c10");
    expect(ruleFor(theme.rules, "keyword")?.foreground).toBe("ff9492");
  });

  it("softens the solid selection colour Monaco could not draw text over", () => {
    expect(light.colors?.["editor.selectionBackground"]).toBe("#0e1116");
    expect(monacoTheme(light).colors["editor.selectionBackground"]).toMatch(/^#[0-9a-f]{6}[0-9a-f]{2}$/);
  });

  it("ignores a page background that is not a plain hex colour", () => {
    expect(monacoTheme(light, { background: "var(--x)" }).colors["editor.background"]).toBe("#ffffff");
  });
});
