/**
 * The deck's public surface: what a page and the plug-ins it injects (controllers such as the
 * example mirror, key groups such as the trace's) may use. Everything else in deck/ is internal.
 */
import type { Deck } from "./core";
import type { Controller } from "./types";

export { openChannel, type Tagged, type WindowChannel } from "./channel";
export type { Controller, DeckState, Role } from "./types";
export type { KeyBinding, KeyGroup, KeyHelp, KeyPress } from "./key-map";
export type { ContrastSwitch } from "./controllers/projector";
export type { StartOptions } from "./index";

/** What a plug-in sees of the deck: its element, its slides, which window it is, where it is, and how to move. */
export type DeckHandle = Pick<Deck, "root" | "slides" | "role" | "state" | "go" | "next" | "previous" | "onChange">;

/** Creates a plug-in controller; the deck binds, updates and destroys it like its own. */
export type PlugIn = (deck: DeckHandle) => Controller;
