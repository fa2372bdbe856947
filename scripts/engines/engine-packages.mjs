// Where the other engines live on the machine ($FIREFOX_PATH… to override), and the Debian packages that bring them.
export const firefoxPath = process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr";
export const webKitDriverPath = process.env.WEBKIT_DRIVER_PATH ?? "/usr/bin/WebKitWebDriver";
export const miniBrowserPath = process.env.MINIBROWSER_PATH ?? "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";

/** Engine name → the files it needs, each with the Debian package that installs it. */
export const enginePackages = {
  firefox: [{ path: firefoxPath, debian: "firefox-esr" }],
  webkit: [
    { path: webKitDriverPath, debian: "webkit2gtk-driver" },
    { path: miniBrowserPath, debian: "libwebkit2gtk-4.1-0" },
    { path: "/usr/bin/Xvfb", debian: "xvfb" },
  ],
};

/** The engines to drive: $ENGINES ("firefox,webkit" by default; "" for none). */
export function wantedEngines() {
  const wanted = process.env.ENGINES ?? "firefox,webkit";
  return wanted.split(",").map((name) => name.trim()).filter((name) => name in enginePackages);
}
