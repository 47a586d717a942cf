/**
 * An object with a destroy() that lives as long as its dependencies: created in an effect and
 * destroyed in its cleanup, so React's StrictMode re-run (mount, unmount, mount) gets a fresh
 * one instead of a destroyed one. Null until the first effect has run.
 */
import { useEffect, useState, type DependencyList } from 'react';

export function useDisposable<T extends { destroy(): void }>(create: () => T, deps: DependencyList): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    const created = create();
    setValue(created);
    return () => {
      setValue((current) => (current === created ? null : current));
      created.destroy();
    };
  }, deps); // eslint-disable-line react-hooks/exhaustive-deps
  return value;
}
