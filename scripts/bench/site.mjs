// Serves the built site the way `npm start` does, on a free port, counting the bytes each response carried.
import { freePort } from "../engines/free-port.mjs";
import { startStaticServer } from "../static-server.mjs";

/** Starts the static server; `sent` lists every response as { path, bytes } (body bytes as sent, compressed or not). */
export async function serveSite(root, base = "/") {
  const port = await freePort();
  const server = await startStaticServer({ root, base, port });
  const sent = [];
  server.on("request", (request, response) => {
    const end = response.end.bind(response);
    response.end = (body, ...rest) => {
      sent.push({ path: new URL(request.url ?? "/", "http://x").pathname, bytes: body?.length ?? 0 });
      return end(body, ...rest);
    };
  });
  return {
    origin: `http://localhost:${port}`,
    url: (path = "") => `http://localhost:${port}${base}${path}`,
    sent,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}
