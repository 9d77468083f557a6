import { Store } from "./store";

/** A message to open in the Raw tab's editor: the composer's text; `nonce` tells one request from the next. */
export interface RawDraft {
  text: string;
  nonce: number;
}

/**
 * What "Edit and send" hands the Raw tab: the timeline sets it, the shell shows the Raw tab, and
 * the tab loads it (now, or when it is first opened: panels mount on first open). Page-wide, not per session: it holds no record
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
