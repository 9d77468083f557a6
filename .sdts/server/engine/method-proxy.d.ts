/**
 * `target` with some of its methods wrapped: `wrap(name, method)` gives what a read of `name`
 * returns, `method` already bound to `target`. Each method is bound and wrapped once, again only
 * if the target's property changes (the page's every command reads one: a bind per read was a
 * closure allocated per call, figure 1). Other properties pass through.
 */
export declare function methodProxy<T extends object>(target: T, wrap: (name: string, method: (...a: unknown[]) => unknown) => unknown): T;
