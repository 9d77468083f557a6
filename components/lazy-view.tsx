"use client";
import { Suspense, lazy, type ComponentType } from "react";

/**
 * A component whose code loads the first time it is drawn (issue 89: the page's first load is
 * what every visit and every Playwright test pays for, so what the first view does not show stays
 * out of it). Until its code has arrived the place says what is coming, never a blank.
 * `what` finishes "Loading …" (e.g. "the tools").
 */
export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>, what: string): ComponentType<P> {
  const Loaded = lazy(async () => ({ default: await load() }));
  function LazyView(props: P) {
    return (
      <Suspense fallback={<ViewLoading what={what} />}>
        <Loaded {...props} />
      </Suspense>
    );
  }
  LazyView.displayName = `Lazy(${what})`;
  return LazyView;
}

/** What a lazily loaded view shows while its code arrives. */
export function ViewLoading({ what }: { what: string }) {
  return (
    <p className="view-loading muted" role="status" aria-busy="true" data-testid="view-loading">
      Loading {what}…
    </p>
  );
}
