import type { ArgsMode } from "./args-mode-switch";

/** What a person typed for one tool: kept while they look at other tools. */
export interface ToolDraft {
  mode: ArgsMode;
  formValue: Record<string, unknown>;
  jsonText: string;
  metaText: string;
}

/** At most this many tools' drafts are kept (the oldest goes first): a bound, not a leak. */
const KEPT = 200;
const drafts = new Map<string, ToolDraft>();

/**
 * The filled forms of this page, by tool name (issue 39 item 7: switching tools discarded a filled
 * form). Lives as long as the tab; a reload starts empty.
 */
export const toolDrafts = {
  get(tool: string): ToolDraft | undefined {
    return drafts.get(tool);
  },
  set(tool: string, draft: ToolDraft): void {
    drafts.delete(tool);
    drafts.set(tool, draft);
    if (drafts.size > KEPT) drafts.delete(drafts.keys().next().value!);
  },
};
