"use client";
import { Suspense, lazy, type ComponentType, type ReactNode } from "react";

/**
 * A component whose code loads the first time it is drawn (issue 89: the page's first load is
 * what every visit and every Playwright test pays for, so what the first view does not show stays
 * out of it). Until its code has arrived the place says what is coming, never a blank; a load that
 * fails (the backend gone, or replaced by another build) says so in that place, where a thrown
 * load would have taken the whole page down. `what` finishes "Loading …" (e.g. "the tools").
 */
export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>, what: string): (props: P) => ReactNode {
  const Loaded = lazy<ComponentType<P>>(() =>
    load().then(
      (view) => ({ default: view }),
      (error: Error) => ({ default: () => <ViewLoadFailed what={what} error={error} /> }),
    ),
  );
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

/** A view whose code could not be loaded (React keeps a failed load failed: only a new page tries again). */
function ViewLoadFailed({ what, error }: { what: string; error: Error }) {
  return (
    <div className="view-load-failed" role="alert" data-testid="view-load-failed">
      <p>
        Could not load {what}: {error.message}
      </p>
      <button type="button" onClick={() => window.location.reload()}>
        Reload the page
      </button>
    </div>
  );
}
