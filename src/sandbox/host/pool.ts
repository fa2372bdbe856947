import { Sandbox } from "./sandbox";

let guestSource: Promise<string> | undefined;
let spare: Sandbox | undefined;

/** The guest worker's script, built by Vite as its own file and fetched once per page. */
function loadGuestSource(): Promise<string> {
  guestSource ??= import("../guest/browser-entry?worker&url")
    .then(({ default: url }) => fetch(url))
    .then((response) => {
      if (!response.ok) throw new Error(`Could not load the sandbox (${response.status})`);
      return response.text();
    });
  return guestSource;
}

/** Gets a sandbox ready in the background, so the next Run only posts its code. */
export function warmSandbox(): void {
  spare ??= new Sandbox(loadGuestSource());
}

/** A sandbox for one run (the warm one if there is one); a new spare is made right after. */
export function takeSandbox(): Sandbox {
  const sandbox = spare ?? new Sandbox(loadGuestSource());
  spare = undefined;
  // Replace the spare once this run has started, off the critical path.
  setTimeout(warmSandbox, 0);
  return sandbox;
}
