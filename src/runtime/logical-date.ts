/** A `Date` constructor whose "now" (`new Date()`, `Date()`, `Date.now()`) is the run's logical time. */
export function createLogicalDate(RealDate: DateConstructor, epochNow: () => number): DateConstructor {
  function LogicalDate(this: unknown, ...args: unknown[]): unknown {
    if (!new.target) return new RealDate(epochNow()).toString();
    return Reflect.construct(RealDate, args.length === 0 ? [epochNow()] : args, new.target);
  }
  // Statics (UTC, parse) come from the real constructor; instances share its prototype, so instanceof holds.
  Object.setPrototypeOf(LogicalDate, RealDate);
  Object.defineProperties(LogicalDate, {
    prototype: { value: RealDate.prototype },
    name: { value: "Date" },
    length: { value: 7 },
    now: { value: () => Math.floor(epochNow()), writable: true, configurable: true },
  });
  return LogicalDate as unknown as DateConstructor;
}
