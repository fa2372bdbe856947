/** The "Solved" mark on an exercise's heading. */
export function showSolved(section: HTMLElement, solved: boolean): void {
  const mark = section.querySelector<HTMLElement>("[data-solved]");
  if (mark) mark.hidden = !solved;
  section.toggleAttribute("data-solved-exercise", solved);
}
