/** A message between windows of one browser, tagged with the window that sent it. */
export type Tagged<M> = M & { from: string };

/** One BroadcastChannel with a window id: works offline, on any static host, with no server. */
export interface WindowChannel<M extends object> {
  /** This window's id (messages carry it so nobody acts on its own echo). */
  readonly id: string;
  post(message: M): void;
  /** Listens to other windows; returns the unsubscribe. */
  listen(listener: (message: Tagged<M>) => void): () => void;
  close(): void;
}

// Not crypto.randomUUID(): it is missing on plain-http hosts (a school's LAN server).
const windowId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/** Opens a named channel, or returns undefined where BroadcastChannel does not exist. */
export function openChannel<M extends object>(name: string): WindowChannel<M> | undefined {
  if (typeof BroadcastChannel === "undefined") return undefined;
  const channel = new BroadcastChannel(name);
  const listeners = new Set<(message: Tagged<M>) => void>();
  channel.addEventListener("message", (event: MessageEvent<Tagged<M>>) => {
    if (event.data?.from === windowId) return;
    listeners.forEach((listener) => listener(event.data));
  });
  return {
    id: windowId,
    post: (message) => channel.postMessage({ ...message, from: windowId }),
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => {
      listeners.clear();
      channel.close();
    },
  };
}
