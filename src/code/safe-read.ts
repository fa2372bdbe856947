/**
 * Reading a value a snippet made without running the snippet's code: no getters, no toString, no
 * Symbol.toStringTag accessor, no iterator or prototype method it could have replaced. The built-ins
 * used are captured when this module loads, before any snippet runs. A Proxy's traps still run
 * (nothing tells a Proxy apart), so callers catch what they throw.
 */

type Method<T, A extends unknown[], R> = (this: T, ...args: A) => R;
/** `method` as a plain function of its receiver, called without looking anything up (a snippet may patch `call` later). */
export const uncurry = <T, A extends unknown[], R>(method: Method<T, A, R>) => Function.prototype.call.bind(method) as unknown as (self: T, ...args: A) => R;
const getterOf = (owner: object, key: PropertyKey) => uncurry(Reflect.getOwnPropertyDescriptor(owner, key)!.get as Method<unknown, [], unknown>);

const { getPrototypeOf, ownKeys, getOwnPropertyDescriptor } = Reflect;
const isArray = Array.isArray;
const objectPrototype = Object.prototype;
const errorPrototype = Error.prototype;
const isErrorBuiltin = (Error as { isError?: (value: unknown) => boolean }).isError;
const TypedArrayPrototype = getPrototypeOf(Uint8Array.prototype) as object;
const typedArrayTagGetter = getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag)!.get;
const typedArrayTag = getterOf(TypedArrayPrototype, Symbol.toStringTag) as (value: unknown) => string | undefined;
const typedArrayLength = getterOf(TypedArrayPrototype, "length") as (value: unknown) => number;
const mapSize = getterOf(Map.prototype, "size") as (value: unknown) => number;
const setSize = getterOf(Set.prototype, "size") as (value: unknown) => number;
const byteLength = getterOf(ArrayBuffer.prototype, "byteLength") as (value: unknown) => number;
const mapEntries = uncurry(Map.prototype.entries as Method<unknown, [], Iterator<[unknown, unknown]>>);
const setValues = uncurry(Set.prototype.values as Method<unknown, [], Iterator<unknown>>);
const iteratorNext = (iterator: object) => (getPrototypeOf(iterator) as { next: Method<unknown, [], IteratorResult<never>> }).next;
const mapIteratorNext = uncurry(iteratorNext(new Map().entries()) as Method<unknown, [], IteratorResult<[unknown, unknown]>>);
const setIteratorNext = uncurry(iteratorNext(new Set().values()) as Method<unknown, [], IteratorResult<unknown>>);
export const dateText = uncurry(Date.prototype.toString as Method<unknown, [], string>);
export const regExpText = uncurry(RegExp.prototype.toString as Method<unknown, [], string>);
export const functionSource = uncurry(Function.prototype.toString as Method<unknown, [], string>);
const regExpSource = getterOf(RegExp.prototype, "source");

/** Prototype chains walked at most this far (a Proxy can make one endless). */
const MAX_CHAIN = 64;

export { getPrototypeOf, isArray, ownKeys, objectPrototype };

/** An own property's descriptor, or undefined. */
export function ownProperty(object: object, key: PropertyKey): PropertyDescriptor | undefined {
  return getOwnPropertyDescriptor(object, key);
}

/** The descriptor `object[key]` would use, found along the prototype chain; undefined when there is none. */
export function findProperty(object: object, key: PropertyKey): PropertyDescriptor | undefined {
  let owner: object | null = object;
  for (let level = 0; owner !== null && level < MAX_CHAIN; level++) {
    const descriptor = getOwnPropertyDescriptor(owner, key);
    if (descriptor) return descriptor;
    owner = getPrototypeOf(owner);
  }
  return undefined;
}

/** `object[key]` when it is a data property (own or inherited); undefined for a getter or nothing. */
export function dataValue(object: object, key: PropertyKey): unknown {
  const descriptor = findProperty(object, key);
  return descriptor && "value" in descriptor ? descriptor.value : undefined;
}

/** What Object.prototype.toString would read from Symbol.toStringTag, without running a getter (the built-in typed-array one aside). */
export function toStringTag(value: object): string | undefined {
  const descriptor = findProperty(value, Symbol.toStringTag);
  if (!descriptor) return undefined;
  if ("value" in descriptor) return typeof descriptor.value === "string" ? descriptor.value : undefined;
  return descriptor.get === typedArrayTagGetter ? typedArrayTag(value) : undefined;
}

/** Whether `check` accepts `value` as its receiver (built-in getters throw for the wrong kind). */
function hasBrand(check: (value: unknown) => unknown, value: object): boolean {
  try {
    check(value);
    return true;
  } catch {
    return false;
  }
}

export const isMap = (value: object) => hasBrand(mapSize, value);
export const isSet = (value: object) => hasBrand(setSize, value);
export const isDate = (value: object) => hasBrand(dateText, value);
export const isRegExp = (value: object) => value !== RegExp.prototype && hasBrand(regExpSource, value);
export const isArrayBuffer = (value: object) => hasBrand(byteLength, value);
/** The typed array's kind ("Float64Array"…), or undefined for anything else. */
export const typedArrayKind = (value: object) => typedArrayTag(value);
export { byteLength, mapSize, setSize, typedArrayLength };

/** An Error: made by an Error constructor, or inheriting from Error.prototype. */
export function isError(value: object): boolean {
  if (isErrorBuiltin?.(value)) return true;
  let owner: object | null = getPrototypeOf(value);
  for (let level = 0; owner !== null && level < MAX_CHAIN; level++, owner = getPrototypeOf(owner)) if (owner === errorPrototype) return true;
  return false;
}

/** Up to `most` entries of a Map, read with the built-in iterator (the collection is never copied). */
export function firstEntries(map: object, most: number): [unknown, unknown][] {
  const iterator = mapEntries(map);
  const entries: [unknown, unknown][] = [];
  while (entries.length < most) {
    const step = mapIteratorNext(iterator);
    if (step.done) break;
    entries.push([step.value[0], step.value[1]]);
  }
  return entries;
}

/** Up to `most` values of a Set, likewise. */
export function firstValues(set: object, most: number): unknown[] {
  const iterator = setValues(set);
  const values: unknown[] = [];
  while (values.length < most) {
    const step = setIteratorNext(iterator);
    if (step.done) break;
    values.push(step.value);
  }
  return values;
}
