/**
 * Something the tests of one file or `describe` block share (a server, a workspace), made before
 * them and, given `destroy`, destroyed after them. The answer stands for what was made from the
 * first test on: a test reads it as the thing itself (`server.url`, `workspace.id`); a read before
 * it is made (the file's top level runs before any hook) throws, naming `what`.
 *
 * @example
 *   const server = sharedForTests('the server', () => startServer(), { destroy: (made) => made.stop() });
 *
 * Hooks run in the order they are registered and `afterAll` hooks in reverse (Vitest's `stack`
 * order), so what is made later may use what was made earlier and is destroyed before it.
 */
import { afterAll, beforeAll } from 'vitest';

export interface SharedForTestsOptions<T> {
  destroy?: (made: T) => Promise<void> | void;
  /** The `beforeAll` hook's timeout; default the configured hookTimeout. */
  timeoutMs?: number;
}

export function sharedForTests<T extends object>(what: string, make: () => Promise<T>, options: SharedForTestsOptions<T> = {}): T {
  let made: T | undefined;
  beforeAll(async () => {
    made = await make();
  }, options.timeoutMs);
  const { destroy } = options;
  if (destroy) {
    afterAll(async () => {
      if (made) await destroy(made);
    });
  }
  const current = (): T => {
    if (!made) throw new Error(`${what} is not there yet (read before the tests, or its beforeAll failed)`);
    return made;
  };
  // Methods are bound to what was made: a class's private fields need their own `this`.
  return new Proxy({} as T, {
    get: (_, key) => {
      const value: unknown = Reflect.get(current(), key);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(current()) : value;
    },
    has: (_, key) => Reflect.has(current(), key),
    ownKeys: () => Reflect.ownKeys(current()),
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(current(), key);
      return descriptor && { ...descriptor, configurable: true };
    },
  });
}
