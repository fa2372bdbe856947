/**
 * Where Monaco's stylesheets go: one <style> added when Monaco's own code first runs, so they
 * arrive with the editor and never block an article's first paint. The build plugin
 * (vite-plugin.ts) turns each Monaco `import "./x.css"` into a call to this.
 */
let sheet: HTMLStyleElement | undefined;

export function addMonacoCss(css: string): void {
  if (typeof document === "undefined") return;
  if (!sheet) {
    sheet = document.createElement("style");
    sheet.dataset.monaco = "";
    document.head.append(sheet);
  }
  sheet.append(css);
}
