"use client";
import Form from "@rjsf/core";
import type { IChangeEvent } from "@rjsf/core";
import type { RJSFSchema, UiSchema } from "@rjsf/utils";
import { useMemo } from "react";
import { acceptContent, elicitationFormSchema } from "./elicitation";
import { schemaFormBehaviour, schemaValidators } from "../../components/schema-form/schema-form-kit";
import { asRecord } from "../../lib/json/shape";

export interface ElicitationFormProps {
  /** The request's params: message and requestedSchema. */
  params: unknown;
  busy: boolean;
  idPrefix: string;
  onAnswer(result: Record<string, unknown>): void;
}

/** Form-mode elicitation: the server's message, a form from requestedSchema, and accept / decline / cancel. */
export function ElicitationForm({ params, busy, idPrefix, onAnswer }: ElicitationFormProps) {
  const p = asRecord(params);
  const { schema, multiSelect } = useMemo(() => elicitationFormSchema(p.requestedSchema), [p.requestedSchema]);
  const uiSchema: UiSchema = useMemo(
    () => ({
      "ui:submitButtonOptions": { norender: true },
      ...Object.fromEntries(multiSelect.map((k) => [k, { "ui:widget": "checkboxes" }])),
    }),
    [multiSelect],
  );
  return (
    <div className="elicitation" data-testid="elicitation-form">
      {typeof p.message === "string" && <p className="elicitation-message">{p.message}</p>}
      <Form
        {...schemaFormBehaviour}
        schema={schema as RJSFSchema}
        uiSchema={uiSchema}
        validator={schemaValidators["2020-12"]}
        idPrefix={idPrefix}
        disabled={busy}
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
