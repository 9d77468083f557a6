import { Store } from "./store";

/** A message to open in the Raw tab's editor: the composer's text; `nonce` tells one request from the next. */
export interface RawDraft {
  text: string;
  nonce: number;
}

/**
 * What "Edit and send" hands the Raw tab: the timeline sets it, the Raw tab loads it (now, or when
 * it is first opened: panels mount on first open). Page-wide, not per session: it holds no record
 * data beyond the text the person asked to edit.
 */
export class RawDraftStore extends Store {
  private draft?: RawDraft;

  get current(): RawDraft | undefined {
    return this.draft;
  }

  /** Put `text` in the Raw tab's editor. */
  open(text: string): void {
    this.draft = { text, nonce: (this.draft?.nonce ?? 0) + 1 };
    this.changed();
  }

  reset(): void {
    this.draft = undefined;
    this.changed();
  }
}

export const rawDrafts = new RawDraftStore();

/** The tab bar's id for the Raw tab (components/tab-bar.tsx: `${idPrefix}-tab-${id}`, prefix "main" in the shell). */
const RAW_TAB_ID = "main-tab-raw";

/**
 * Show the Raw tab. The shell owns which tab is open and takes no request for it, so this presses
 * the Raw tab as a person would (the same path as a click: the tab is opened, mounted, selected).
 * False when there is no such tab (a shared recording's page).
 */
export function showRawTab(doc: Pick<Document, "getElementById"> = document): boolean {
  const tab = doc.getElementById(RAW_TAB_ID);
  if (!tab) return false;
  tab.click();
  return true;
}
