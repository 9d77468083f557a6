"use client";
import Form from "@rjsf/core";
import type { IChangeEvent } from "@rjsf/core";
import type { RJSFSchema, UiSchema } from "@rjsf/utils";
import { customizeValidator } from "@rjsf/validator-ajv8";
import { Ajv2020 } from "ajv/dist/2020.js";
import { useMemo } from "react";
import { acceptContent, elicitationFormSchema } from "../page-lib/elicitation";
import { schemaFormButtons } from "./schema-form-buttons";

const validator = customizeValidator({ AjvClass: Ajv2020 as never });
const templates = { ButtonTemplates: schemaFormButtons };

export interface ElicitationFormProps {
  /** The request's params: message and requestedSchema. */
  params: unknown;
  busy: boolean;
  idPrefix: string;
  onAnswer(result: Record<string, unknown>): void;
}

/** Form-mode elicitation: the server's message, a form from requestedSchema, and accept / decline / cancel. */
export function ElicitationForm({ params, busy, idPrefix, onAnswer }: ElicitationFormProps) {
  const p = (params && typeof params === "object" ? params : {}) as { message?: unknown; requestedSchema?: unknown };
  const { schema, multiSelect } = useMemo(() => elicitationFormSchema(p.requestedSchema), [p.requestedSchema]);
  const uiSchema: UiSchema = useMemo(() => ({ "ui:submitButtonOptions": { norender: true }, ...Object.fromEntries(multiSelect.map((k) => [k, { "ui:widget": "checkboxes" }])) }), [multiSelect]);
  return (
    <div className="elicitation" data-testid="elicitation-form">
      {typeof p.message === "string" && <p className="elicitation-message">{p.message}</p>}
      <Form
        className="schema-form"
        schema={schema as RJSFSchema}
        uiSchema={uiSchema}
        templates={templates}
        validator={validator}
        idPrefix={idPrefix}
        liveValidate="onChange"
        showErrorList={false}
        noHtml5Validate
        focusOnFirstError
        disabled={busy}
        onError={() => undefined}
        onSubmit={(e: IChangeEvent) => onAnswer({ action: "accept", content: acceptContent(schema, e.formData) })}
      >
        <div className="button-row">
          <button type="submit" className="btn-primary" disabled={busy}>
            Accept and send
          </button>
          <button type="button" disabled={busy} onClick={() => onAnswer({ action: "decline" })}>
            Decline
          </button>
          <button type="button" disabled={busy} onClick={() => onAnswer({ action: "cancel" })}>
            Cancel
          </button>
        </div>
      </Form>
    </div>
  );
}
