/**
 * One value kept in localStorage. Reads go through `parse`, which rejects anything the page did
 * not write itself (a hand-edited or stale value reads as undefined); storage that throws
 * (privacy modes, sandboxed frames, a full quota) behaves as empty, never as an error.
 */
export interface StoredValue<T> {
  read(): T | undefined;
  write(value: T): void;
  remove(): void;
}

export interface StoredCodec<T> {
  /** The value, or undefined when `text` is not one this store could have written. */
  parse(text: string): T | undefined;
  serialize(value: T): string;
}

/** The part of Storage a stored value needs (tests and callers may pass their own). */
export type StorageArea = Pick<Storage, "getItem" | "setItem"> & Partial<Pick<Storage, "removeItem">>;

/** The page's localStorage, or undefined where touching it throws. */
export function pageStorage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** A value under `key` in `area` (the page's localStorage unless told otherwise). */
export function storedValue<T>(key: string, codec: StoredCodec<T>, area: () => StorageArea | undefined = pageStorage): StoredValue<T> {
  return {
    read() {
      try {
        const text = area()?.getItem(key);
        return text === null || text === undefined ? undefined : codec.parse(text);
      } catch {
        return undefined;
      }
    },
    write(value) {
      try {
        area()?.setItem(key, codec.serialize(value));
      } catch {
        // Full or forbidden storage: the value lives for this page only.
      }
    },
    remove() {
      try {
        area()?.removeItem?.(key);
      } catch {
        // Nothing stored, or nothing we may touch.
      }
    },
  };
}

/** A string, accepted only when `valid` says so. */
export function storedText(key: string, valid: (text: string) => boolean = () => true): StoredValue<string> {
  return storedValue(key, { parse: (text) => (valid(text) ? text : undefined), serialize: (text) => text });
}

/** JSON, accepted only when `validate` turns the parsed value into a `T`. */
export function storedJson<T>(key: string, validate: (value: unknown) => T | undefined, area?: () => StorageArea | undefined): StoredValue<T> {
  return storedValue(key, {
    parse(text) {
      try {
        return validate(JSON.parse(text));
      } catch {
        return undefined;
      }
    },
    serialize: (value) => JSON.stringify(value),
  }, area);
}

/** A finite number within [min, max]. */
export function storedNumber(key: string, min: number, max: number): StoredValue<number> {
  return storedValue(key, {
    parse(text) {
      const value = Number(text);
      return text.trim() !== "" && Number.isFinite(value) && value >= min && value <= max ? value : undefined;
    },
    serialize: (value) => String(value),
  });
}
