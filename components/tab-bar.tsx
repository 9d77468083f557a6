"use client";
import "./tab-bar.css";
import { useEffect, useRef, type ReactNode } from "react";

export interface TabSpec<T extends string> {
  id: T;
  label: string;
  badge?: number;
  /** What the badge counts, for screen readers ("waiting" unless said). */
  badgeLabel?: string;
  /** A longer description, shown on hover. */
  title?: string;
  /**
   * The row the tab sits in when the bar is grouped: consecutive tabs of one group share a row,
   * and a bar with groups never scrolls sideways (every tab whole and in sight).
   */
  group?: string;
}

export interface TabBarProps<T extends string> {
  tabs: TabSpec<T>[];
  active: T;
  onChange(id: T): void;
  label: string;
  idPrefix: string;
}

/** WAI-ARIA tabs: one tab stop; arrow keys move between tabs (across groups), Home and End go to the ends. */
export function TabBar<T extends string>({ tabs, active, onChange, label, idPrefix }: TabBarProps<T>) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  // Ungrouped, one row that scrolls sideways where the tabs do not fit: the active tab is kept in sight.
  const activeIndex = tabs.findIndex((t) => t.id === active);
  useEffect(() => {
    keepInSight(refs.current[activeIndex]);
  }, [activeIndex]);
  const go = (i: number) => {
    onChange(tabs[i].id);
    refs.current[i]?.focus();
  };
  const tab = (t: TabSpec<T>, i: number) => (
    <button
      key={t.id}
      ref={(el) => {
        refs.current[i] = el;
      }}
      role="tab"
      id={`${idPrefix}-tab-${t.id}`}
      aria-controls={`${idPrefix}-panel-${t.id}`}
      aria-selected={t.id === active}
      tabIndex={t.id === active ? 0 : -1}
      className="tab"
      title={t.title}
      onClick={() => onChange(t.id)}
      onKeyDown={(e) => {
        const n = tabs.length;
        if (e.key === "ArrowRight") go((i + 1) % n);
        else if (e.key === "ArrowLeft") go((i - 1 + n) % n);
        else if (e.key === "Home") go(0);
        else if (e.key === "End") go(n - 1);
        else return;
        e.preventDefault();
      }}
    >
      {t.label}
      {t.badge !== undefined && (
        <span className="tab-badge" aria-label={`${t.badge} ${t.badgeLabel ?? "waiting"}`}>
          {t.badge}
        </span>
      )}
    </button>
  );
  const groups = groupsOf(tabs);
  if (!groups)
    return (
      <div role="tablist" aria-label={label} className="tab-bar">
        {tabs.map(tab)}
      </div>
    );
  return (
    <div role="tablist" aria-label={label} className="tab-bar tab-bar-grouped" data-testid={`${idPrefix}-tab-bar`}>
      <div role="presentation" className="tab-groups">
        {groups.map((g) => (
          <div role="presentation" key={g.name} className="tab-group" data-group={g.name}>
            {g.items.map(({ t, i }) => tab(t, i))}
          </div>
        ))}
      </div>
    </div>
  );
}

/** Runs of tabs that share a group, in order; undefined when no tab names one. */
function groupsOf<T extends string>(tabs: TabSpec<T>[]): { name: string; items: { t: TabSpec<T>; i: number }[] }[] | undefined {
  if (!tabs.some((t) => t.group !== undefined)) return undefined;
  const out: { name: string; items: { t: TabSpec<T>; i: number }[] }[] = [];
  tabs.forEach((t, i) => {
    const name = t.group ?? "";
    const last = out.at(-1);
    if (last && last.name === name) last.items.push({ t, i });
    else out.push({ name, items: [{ t, i }] });
  });
  return out;
}

/**
 * Scroll the bar sideways, and only the bar, so the tab is whole in it. Not scrollIntoView: that
 * also scrolls the page to a bar lower down (on a phone, a panel's own tabs pulled the page away
 * from the top as it loaded).
 */
function keepInSight(tab: HTMLElement | null | undefined): void {
  const bar = tab?.parentElement;
  if (!tab || !bar || bar.scrollWidth <= bar.clientWidth) return;
  const left = tab.getBoundingClientRect().left - bar.getBoundingClientRect().left + bar.scrollLeft;
  if (left < bar.scrollLeft) bar.scrollLeft = left;
  else if (left + tab.offsetWidth > bar.scrollLeft + bar.clientWidth) bar.scrollLeft = left + tab.offsetWidth - bar.clientWidth;
}

/** The panel of a TabBar's tab `id` (same `idPrefix`): hidden, not unmounted, when another tab is active. */
export function TabPanel({ idPrefix, id, active, children }: { idPrefix: string; id: string; active: boolean; children?: ReactNode }) {
  return (
    <div role="tabpanel" id={`${idPrefix}-panel-${id}`} aria-labelledby={`${idPrefix}-tab-${id}`} className="tab-panel" hidden={!active}>
      {children}
    </div>
  );
}
