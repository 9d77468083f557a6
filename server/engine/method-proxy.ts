/**
 * `target` with some of its methods wrapped: `wrap(name, method)` gives what a read of `name`
 * returns, `method` already bound to `target`. Each method is bound and wrapped once, again only
 * if the target's property changes (the page's every command reads one: a bind per read was a
 * closure allocated per call, figure 1). Other properties pass through.
 */
export function methodProxy<T extends object>(target: T, wrap: (name: string, method: (...a: unknown[]) => unknown) => unknown): T {
  const bound = new Map<PropertyKey, { v: unknown; f: unknown }>();
  return new Proxy(target, {
    get: (t, key) => {
      const v: unknown = Reflect.get(t, key, t);
      if (typeof v !== "function") return v;
      const known = bound.get(key);
      if (known?.v === v) return known.f;
      const f = wrap(String(key), (v as (...a: unknown[]) => unknown).bind(t));
      bound.set(key, { v, f });
      return f;
    },
  });
}
