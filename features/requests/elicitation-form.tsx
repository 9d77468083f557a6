"use client";
import Form from "@rjsf/core";
import type { IChangeEvent } from "@rjsf/core";
import type { RJSFSchema, UiSchema } from "@rjsf/utils";
import { useMemo } from "react";
import { acceptContent, elicitationFormSchema } from "./elicitation";
import { schemaFormBehaviour, schemaValidators } from "../../components/schema-form/schema-form-kit";
import { shownSchema } from "../../components/schema-form/shown-schema";
import { asRecord } from "../../lib/json/shape";
import { ServerText } from "../../components/server-text";
import { TrustNote } from "./trust-note";

export interface ElicitationFormProps {
  /** The request's params: message and requestedSchema. */
  params: unknown;
  busy: boolean;
  idPrefix: string;
  /** The server's name (serverInfo), for the trust note. */
  serverName?: string;
  onAnswer(result: Record<string, unknown>): void;
}

/** Form-mode elicitation: the server's message, a form from requestedSchema, and accept / decline / cancel. */
export function ElicitationForm({ params, busy, idPrefix, serverName, onAnswer }: ElicitationFormProps) {
  const p = asRecord(params);
  const { schema, multiSelect } = useMemo(() => elicitationFormSchema(p.requestedSchema), [p.requestedSchema]);
  // Titles and descriptions the server wrote, escaped for the labels (issue 52 item 7).
  const shown = useMemo(() => shownSchema(schema), [schema]);
  const uiSchema: UiSchema = useMemo(
    () => ({
      "ui:submitButtonOptions": { norender: true },
      ...Object.fromEntries(multiSelect.map((k) => [k, { "ui:widget": "checkboxes" }])),
    }),
    [multiSelect],
  );
  return (
    <div className="elicitation" data-testid="elicitation-form">
      <TrustNote serverName={serverName} what="your input" />
      {typeof p.message === "string" && <ServerText text={p.message} prose className="elicitation-message" />}
      <Form
        {...schemaFormBehaviour}
        schema={shown as RJSFSchema}
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
