/** Moving one line of a prediction up or down, and scoring a guess against the real order. */

/** `order` with the item at `from` moved one place up (-1) or down (+1); unchanged at either end. */
export function moveLine<T>(order: readonly T[], from: number, step: -1 | 1): T[] {
  const to = from + step;
  if (to < 0 || to >= order.length) return [...order];
  const moved = [...order];
  [moved[from], moved[to]] = [moved[to]!, moved[from]!];
  return moved;
}

/** For each guessed position, whether the real run printed the same line there. */
export function scoreGuess(guess: readonly string[], real: readonly string[]): boolean[] {
  return guess.map((line, i) => real[i] === line);
}
