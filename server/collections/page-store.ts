import { readFileSync } from "node:fs";
import { parseDocument } from "yaml";
import { appendStep, parseCollection, type Collection, type Step } from "../../lib/collections/format";
import type { CollectionFileView, StepVerdict } from "../../lib/wire/collections";
import type { Entry } from "../../lib/record/format";
import type { SessionState } from "../../lib/session/state";
import type { CollectionCommand } from "../bridge/collections-commands";
import { CollectionsFolder } from "./page-paths";
import { redactForCollection } from "./page-redact";
import { paramsToStepKeys, stepFromRequest, stepView } from "./page-step";

/** The biggest collection file the page reads: far above any hand-kept one, far below a memory problem. */
const MAX_FILE_BYTES = 4 * 1024 * 1024;

/** What the store needs of the live inspector: its state (the target's secrets) and its record (the requests to save). */
export interface CollectionsLive {
  getState(): SessionState;
  /** One record entry by seq; undefined when this inspector never recorded it (a shared recording's seq). */
  entry(seq: number): Entry | undefined;
  /** Run steps of a collection on the page's connection (page-run.ts). */
  run(collection: Collection, file: string, only?: number): Promise<StepVerdict[]>;
}

/**
 * The Collections tab's backend: lists, reads and edits collection files in one folder and runs
 * them on the page's connection. What it writes comes from this inspector's own record (a saved
 * step) or the page's editor, always through the share redaction first.
 */
export class CollectionsStore {
  constructor(
    private readonly folder: CollectionsFolder,
    private readonly live: CollectionsLive,
  ) {}

  async handle(cmd: CollectionCommand): Promise<unknown> {
    switch (cmd.type) {
      case "collections-list":
        return { folder: this.folder.root, files: this.folder.list().map((f) => this.view(f)) };
      case "collection-save":
        return this.save(cmd.file, cmd.requestSeq, cmd.name);
      case "collection-edit-step":
        return this.edit(cmd.file, cmd.index, cmd.params, cmd.expect);
      case "collection-run": {
        const { collection } = this.parsed(cmd.file);
        if (cmd.index !== undefined && !collection.steps[cmd.index]) throw new Error(`${cmd.file} has no step ${cmd.index + 1}`);
        return { file: cmd.file, steps: await this.live.run(collection, this.folder.resolve(cmd.file), cmd.index) };
      }
    }
  }

  /** Save a request of this inspector's record as the file's last step (the file is made when missing). */
  save(file: string, requestSeq: number, name?: string): CollectionFileView {
    const entry = this.live.entry(requestSeq);
    // Only what this inspector sent: a recording shown read-only (a share link, --open) is not in
    // its record, so nothing from someone else's session can be written into the repository.
    if (!entry || entry.kind !== "message" || entry.dir !== "client->server")
      throw new Error(
        `#${requestSeq} is not a request this inspector sent: a shared recording is shown read-only and cannot be saved as a test (Reproduce it first)`,
      );
    const step = redactForCollection(stepFromRequest(entry.message, name), this.live.getState().target).value;
    const text = this.read(file, true);
    this.folder.write(file, isJson(file) ? jsonWith(text, (c) => c.steps.push(step)) : appendStep(text, step));
    return this.view(file);
  }

  edit(file: string, index: number, params?: Record<string, unknown>, expect?: Array<Record<string, unknown>>): CollectionFileView {
    const { text, collection } = this.parsed(file);
    const step = collection.steps[index];
    if (!step) throw new Error(`${file} has no step ${index + 1}`);
    const target = this.live.getState().target;
    const patch: Partial<Step> = {
      ...(params ? redactForCollection(paramsToStepKeys(step, params), target).value : {}),
      ...(expect ? { expect: redactForCollection(expect, target).value as Step["expect"] } : {}),
    };
    const next = isJson(file)
      ? jsonWith(text, (c) => (c.steps[index] = dropEmpty({ ...c.steps[index], ...patch })))
      : yamlWith(text, index, patch);
    // The edit must leave a file that still parses: a bad expectation is refused here, not at the next run.
    const check = parseCollection(next, file);
    if (!check.ok) throw new Error(`not saved: ${check.error.key ? `${check.error.key}: ` : ""}${check.error.message}`);
    this.folder.write(file, next);
    return this.view(file);
  }

  private view(file: string): CollectionFileView {
    try {
      const { collection } = this.parsed(file);
      return { file, steps: collection.steps.map((s, i) => stepView(s, i)) };
    } catch (e) {
      return { file, steps: [], error: (e as Error).message };
    }
  }

  private parsed(file: string): { text: string; collection: Collection } {
    const text = this.read(file, false);
    const parsed = parseCollection(text, file);
    if (!parsed.ok) {
      const { line, key, message } = parsed.error;
      throw new Error(`${file}${line ? `:${line}` : ""}: ${key ? `${key}: ` : ""}${message}`);
    }
    return { text, collection: parsed.collection };
  }

  private read(file: string, missingOk: boolean): string {
    const abs = this.folder.resolve(file);
    try {
      const text = readFileSync(abs, "utf8");
      if (Buffer.byteLength(text) > MAX_FILE_BYTES) throw new Error(`${file} is over ${MAX_FILE_BYTES / 1048576} MiB: not a collection`);
      return text;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT" && missingOk) return "";
      if ((e as NodeJS.ErrnoException).code === "ENOENT") throw new Error(`${file} does not exist in the collections folder`);
      throw e;
    }
  }
}

const isJson = (file: string) => file.endsWith(".json");

/** A JSON collection edited as JSON (YAML's writer would turn it into YAML). */
function jsonWith(text: string, change: (c: Collection) => void): string {
  const c = (text.trim() ? JSON.parse(text) : { version: 1, steps: [] }) as Collection;
  c.steps ??= [];
  change(c);
  return JSON.stringify(c, null, 2) + "\n";
}

/** A YAML collection with one step's keys replaced, its comments and the rest as written. */
function yamlWith(text: string, index: number, patch: Partial<Step>): string {
  const doc = parseDocument(text);
  for (const [key, value] of Object.entries(patch)) {
    const empty = value === undefined || (Array.isArray(value) && value.length === 0);
    if (empty) doc.deleteIn(["steps", index, key]);
    else doc.setIn(["steps", index, key], doc.createNode(value));
  }
  return doc.toString({ lineWidth: 0 });
}

function dropEmpty(step: Step): Step {
  const out = { ...step } as Record<string, unknown>;
  for (const [k, v] of Object.entries(out)) if (v === undefined || (Array.isArray(v) && v.length === 0)) delete out[k];
  return out as Step;
}
