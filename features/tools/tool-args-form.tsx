"use client";
import Form from "@rjsf/core";
import type { IChangeEvent } from "@rjsf/core";
import type { RJSFSchema, UiSchema } from "@rjsf/utils";
import { memo, useMemo, useState } from "react";
import { schemaFormBehaviour, schemaValidators } from "../../components/schema-form/schema-form-kit";
import { shownSchema } from "../../components/schema-form/shown-schema";
import { dialectOf, normalizeSchema, pruneArgs } from "../../components/schema-form/schema-args";
import { isBigSchema } from "../../components/schema-form/big-schema";
import { trimmedSchema, wholeSchemaValidator } from "../../components/schema-form/trimmed-schema";
import type { OpenObjectContext } from "../../components/schema-form/object-field-template";

export interface ToolArgsFormProps {
  /** The tool's inputSchema, as the target sent it. */
  schema: Record<string, unknown>;
  /**
   * Initial form state (may hold empty optional fields). The form is uncontrolled: rjsf keeps
   * its own state (a controlled rjsf form can validate stale data when inputs change in quick
   * succession); remount (key) to load other values.
   */
  value: Record<string, unknown>;
  onChange(value: Record<string, unknown>): void;
  /** Called with the arguments to send: valid, optional empties omitted. */
  onSubmit(args: Record<string, unknown>): void;
  busy?: boolean;
  /** Distinguishes the ids of several forms on one page. */
  idPrefix?: string;
}

const uiSchema: UiSchema = { "ui:submitButtonOptions": { norender: true } };

/**
 * A form generated from a JSON Schema (rjsf + Ajv); validation errors show inline, live. Memoized:
 * its container re-renders with every progress notification, and rjsf re-rendered the whole form
 * each time (bench figure 3f, profiled); give it stable callbacks.
 */
export const ToolArgsForm = memo(function ToolArgsForm({ schema, value, onChange, onSubmit, busy, idPrefix = "args" }: ToolArgsFormProps) {
  // A big schema is checked when Run is pressed (its validator compiled then), not as the form
  // appears, and the form is built from the objects the person opened (trimmedSchema).
  const big = useMemo(() => isBigSchema(schema), [schema]);
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set());
  const openContext = useMemo<OpenObjectContext>(() => ({ openObject: (key) => setOpened((o) => new Set(o).add(key)) }), []);
  // What the server wrote in titles and descriptions is escaped for the labels (issue 52 item 7).
  const formSchema = useMemo(() => shownSchema(normalizeRoot(big ? trimmedSchema(schema, opened) : schema)), [schema, big, opened]);
  const base = schemaValidators[dialectOf(schema)];
  const validator = useMemo(() => (big ? wholeSchemaValidator(base, schema as RJSFSchema) : base), [big, base, schema]);
  return (
    <Form
      {...schemaFormBehaviour}
      schema={formSchema}
      uiSchema={uiSchema}
      validator={validator}
      liveValidate={big ? false : schemaFormBehaviour.liveValidate}
      // Errors in objects not opened have no field to show them under: listed above Run too.
      className={big ? `${schemaFormBehaviour.className} big-schema` : schemaFormBehaviour.className}
      showErrorList={big ? "bottom" : schemaFormBehaviour.showErrorList}
      formContext={big ? openContext : undefined}
      initialFormData={value}
      idPrefix={idPrefix}
      disabled={busy}
      onChange={(e: IChangeEvent) => onChange((e.formData ?? {}) as Record<string, unknown>)}
      onSubmit={(e: IChangeEvent) => onSubmit(pruneArgs(e.formData ?? {}, big ? schema : formSchema) as Record<string, unknown>)}
    >
      <div className="form-actions">
        <button type="submit" className="btn-primary" disabled={busy}>
          {busy ? "Running…" : "Run tool"}
        </button>
      </div>
    </Form>
  );
});

/** MCP tool inputs are objects; a schema that omits `type` at the root still means one. */
function normalizeRoot(schema: Record<string, unknown>): RJSFSchema {
  const s = normalizeSchema(schema) as RJSFSchema;
  if (s.type === undefined && !s.oneOf && !s.anyOf && !s.$ref) s.type = "object";
  return s;
}
