"use client";
import { useCallback, useSyncExternalStore } from "react";

/**
 * A small persisted setting: kept in localStorage (when allowed) under one key, shared by every
 * component that reads it and by other tabs of the same page.
 */
export class LocalSetting<T> {
  private value: T;
  private readonly listeners = new Set<() => void>();
  private loaded = false;

  constructor(
    private readonly key: string,
    private readonly initial: T,
    private readonly parse: (raw: unknown) => T | undefined,
  ) {
    this.value = initial;
  }

  get = (): T => {
    if (!this.loaded && typeof window !== "undefined") {
      this.loaded = true;
      try {
        const raw = window.localStorage.getItem(this.key);
        const v = raw === null ? undefined : this.parse(JSON.parse(raw));
        if (v !== undefined) this.value = v;
        window.addEventListener("storage", (e) => {
          if (e.key !== this.key || e.newValue === null) return;
          try {
            const next = this.parse(JSON.parse(e.newValue));
            if (next !== undefined) this.put(next, false);
          } catch {
            /* another tab wrote something we cannot read: keep ours */
          }
        });
      } catch {
        /* storage disabled: the setting lives for this page only */
      }
    }
    return this.value;
  };

  getServer = (): T => this.initial;

  set = (next: T): void => this.put(next, true);

  subscribe = (l: () => void): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  private put(next: T, persist: boolean): void {
    this.value = next;
    if (persist) {
      try {
        window.localStorage.setItem(this.key, JSON.stringify(next));
      } catch {
        /* not persisted */
      }
    }
    for (const l of this.listeners) l();
  }
}

/** Read and write a LocalSetting from React. */
export function useLocalSetting<T>(s: LocalSetting<T>): [T, (next: T) => void] {
  const value = useSyncExternalStore(s.subscribe, s.get, s.getServer);
  const set = useCallback((next: T) => s.set(next), [s]);
  return [value, set];
}
