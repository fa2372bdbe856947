import { openChannel, type Tagged, type WindowChannel } from "../channel";
import type { Deck } from "../core";
import { pageLocale, t } from "../../lib/i18n";
import type { Controller, DeckState, Role } from "../types";

/** What deck windows tell each other: who is here, and where the talk is. */
export type SyncMessage = { role: Role } & (
  | { type: "hello" }
  | { type: "bye" }
  | { type: "state"; index: number; step: number; blackout: boolean; to?: string }
);

/** The channel the windows of one lesson share. */
export const syncChannelName = (lesson: string) => `interleave:deck:${lesson}`;

/**
 * Keeps the presenter window and the audience window(s) of a lesson on the same slide, step and
 * blackout, whichever is driven — over BroadcastChannel, so no server and no network. A window
 * that opens asks where the talk is and follows; it never yanks the others back. Two audience
 * windows do not steer each other: a reader's second tab opened on a shared link stays put.
 */
export function syncController(deck: Deck): Controller {
  const lesson = deck.root.dataset.lesson ?? "";
  const { role } = deck;
  const peerLabels = [...deck.root.querySelectorAll<HTMLElement>("[data-deck-peers]")];
  const peers = new Set<string>();
  const other: Role = role === "presenter" ? "audience" : "presenter";
  const locale = pageLocale(deck.root.ownerDocument);
  let channel: WindowChannel<SyncMessage> | undefined;

  const stateMessage = (state: DeckState, to?: string): SyncMessage => ({
    role,
    type: "state",
    index: state.index,
    step: state.step,
    blackout: state.blackout,
    ...(to ? { to } : {}),
  });
  const showPeers = () => {
    deck.root.toggleAttribute("data-connected", peers.size > 0);
    const count = peers.size === 0 ? "none" : peers.size === 1 ? "one" : "many";
    peerLabels.forEach((label) => (label.textContent = t(locale, `peers.${other}.${count}`, { count: peers.size })));
  };
  const onMessage = (message: Tagged<SyncMessage>) => {
    if (message.role === role) return;
    if (message.type === "bye") peers.delete(message.from);
    else peers.add(message.from);
    showPeers();
    if (message.type === "hello") channel?.post(stateMessage(deck.state, message.from));
    if (message.type !== "state" || (message.to && message.to !== channel?.id)) return;
    deck.go(message.index, message.step, { remote: true });
    deck.setBlackout(message.blackout, { remote: true });
  };
  const onPageHide = () => channel?.post({ role, type: "bye" });
  // Back from the back/forward cache: say hello again.
  const onPageShow = (event: PageTransitionEvent) => event.persisted && channel?.post({ role, type: "hello" });

  return {
    bind: () => {
      channel = openChannel<SyncMessage>(syncChannelName(lesson));
      channel?.listen(onMessage);
      addEventListener("pagehide", onPageHide);
      addEventListener("pageshow", onPageShow);
      showPeers();
    },
    update: (state) => {
      if (state.previous.index < 0) {
        // The first position is this window's own (from its URL): ask the room instead of imposing it.
        channel?.post({ role, type: "hello" });
        return;
      }
      if (!state.remote) channel?.post(stateMessage(state));
    },
    destroy: () => {
      removeEventListener("pagehide", onPageHide);
      removeEventListener("pageshow", onPageShow);
      onPageHide();
      channel?.close();
    },
  };
}
