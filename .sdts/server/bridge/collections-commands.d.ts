import type { Command } from "../../lib/wire/protocol";
/** The Collections tab's commands (lib/wire/collections.ts), as the bridge hands them on. */
export type CollectionCommand = Extract<Command, {
    type: "collections-list" | "collection-save" | "collection-edit-step" | "collection-run";
}>;
