/** Loads the compiler and runs one throwaway build, so a later Run or edit is fast; failures wait for the real build to report. */
export function warmCompiler(): void {
  void import("./client").then(({ warmUp }) => warmUp()).catch(() => {});
}
