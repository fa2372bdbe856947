/**
 * What the page hands the deck engine, which imports none of it: the example mirror, the trace's
 * step keys and projector mode's contrast switch. Shared by the audience deck and the presenter view.
 */
import type { StartOptions } from "../../deck";
import { mirrorController } from "../../examples/mirror";
import { stepKeyGroup } from "../../trace/key-listener";
import { highContrastSwitch } from "../theme/contrast";

export function deckPlugIns(): StartOptions {
  return { plugIns: [mirrorController], keys: [stepKeyGroup()], contrast: highContrastSwitch() };
}
