/** Where one stack frame points: a script URL and a 1-based line and column. */
export interface StackFrame {
  url: string;
  line: number;
  column: number;
}

const LOCATION = /^(.*):(\d+):(\d+)$/;

/** The "url:line:col" part of a frame line, in V8 ("at f (…)", "at …") or Firefox/Safari ("f@…") form. */
function locationText(frameLine: string): string | null {
  const text = frameLine.trim();
  if (text.startsWith("at ")) {
    const body = text.slice(3);
    const open = body.indexOf(" (");
    return open >= 0 && body.endsWith(")") ? body.slice(open + 2, -1) : body;
  }
  const at = text.indexOf("@");
  return at >= 0 ? text.slice(at + 1) : null;
}

/** The frames of an Error.stack that point at a script position; "native" or "<anonymous>" frames are skipped. */
export function parseStackFrames(stack: string): StackFrame[] {
  const frames: StackFrame[] = [];
  for (const frameLine of stack.split("\n")) {
    const location = locationText(frameLine);
    const match = location === null ? null : LOCATION.exec(location);
    if (!match) continue;
    const [, url = "", line = "", column = ""] = match;
    frames.push({ url, line: Number(line), column: Number(column) });
  }
  return frames;
}
