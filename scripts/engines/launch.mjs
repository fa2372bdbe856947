// Engine name → how to start it as an EnginePage.
import { launchFirefox } from "./firefox.mjs";
import { launchWebKit } from "./webkit.mjs";

export const launchers = { firefox: launchFirefox, webkit: launchWebKit };
