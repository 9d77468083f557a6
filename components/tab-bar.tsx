"use client";
import "./tab-bar.css";
import { useEffect, useRef } from "react";

export interface TabSpec<T extends string> {
  id: T;
  label: string;
  badge?: number;
  /** What the badge counts, for screen readers ("waiting" unless said). */
  badgeLabel?: string;
  /** A longer description, shown on hover. */
  title?: string;
}

export interface TabBarProps<T extends string> {
  tabs: TabSpec<T>[];
  active: T;
  onChange(id: T): void;
  label: string;
  idPrefix: string;
}

/** WAI-ARIA tabs: one tab stop, arrow keys move between tabs. */
export function TabBar<T extends string>({ tabs, active, onChange, label, idPrefix }: TabBarProps<T>) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  // One row that scrolls sideways where the tabs do not fit: the active tab is kept in sight.
  const activeIndex = tabs.findIndex((t) => t.id === active);
  useEffect(() => {
    keepInSight(refs.current[activeIndex]);
  }, [activeIndex]);
  const move = (from: number, delta: number) => {
    const i = (from + delta + tabs.length) % tabs.length;
    onChange(tabs[i].id);
    refs.current[i]?.focus();
  };
  return (
    <div role="tablist" aria-label={label} className="tab-bar">
      {tabs.map((t, i) => (
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
            if (e.key === "ArrowRight") move(i, 1);
            else if (e.key === "ArrowLeft") move(i, -1);
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
      ))}
    </div>
  );
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
