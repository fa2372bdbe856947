// `npm start` ends here: serves the built site on localhost and prints where.
import { startStaticServer } from "./static-server.mjs";

const base = `/${(process.env.BASE_PATH ?? "/").replace(/^\/+|\/+$/g, "")}/`.replace("//", "/");
const port = Number(process.env.PORT ?? 4321);
const root = process.env.SITE_DIR ?? "dist";

await startStaticServer({ root, base, port, host: process.env.HOST ?? "127.0.0.1" });
console.log(`Interleave is served at http://localhost:${port}${base}  (Ctrl+C to stop)`);
