import { storedNumber } from "../lib/storage";

/** The size one step from `current` along an ascending `scale` (-1 smaller, +1 larger), staying on the scale. */
export function stepAlong(scale: readonly number[], current: number, direction: -1 | 1): number {
  // The first size at or above the current one (with slack for float noise), or the largest.
  const at = scale.findIndex((size) => size >= current - 1e-9);
  const from = at < 0 ? scale.length - 1 : at;
  return scale[Math.min(Math.max(0, from + direction), scale.length - 1)]!;
}

/** A text size stepped along a fixed scale and kept in localStorage; a stored size off the scale's range reads as the default. */
export interface TextSize {
  read(): number;
  /** Steps from `current`, stores and returns the new size. */
  step(current: number, direction: -1 | 1): number;
  isSmallest(size: number): boolean;
  isLargest(size: number): boolean;
}

export function storedTextSize(key: string, scale: readonly number[], fallback: number): TextSize {
  const smallest = scale[0]!;
  const largest = scale[scale.length - 1]!;
  const store = storedNumber(key, smallest, largest);
  return {
    read: () => store.read() ?? fallback,
    step(current, direction) {
      const size = stepAlong(scale, current, direction);
      store.write(size);
      return size;
    },
    isSmallest: (size) => size <= smallest,
    isLargest: (size) => size >= largest,
  };
}
