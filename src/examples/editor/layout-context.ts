/**
 * Whether an ancestor is transformed (a deck scales its slides). Inside one, `position: fixed`
 * is relative to that ancestor, not the window, so Monaco's fixed overflow widgets (hover,
 * suggestions) would land in the wrong place.
 */
export function insideTransformedAncestor(element: HTMLElement): boolean {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const style = getComputedStyle(node);
    if (style.transform !== "none" || style.perspective !== "none" || style.filter !== "none") return true;
  }
  return false;
}
