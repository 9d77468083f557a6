"use client";
import { CompletionInput } from "../../components/completion-input";
import type { SessionState } from "../../lib/session/state";
import { serverCaps, useCompletion } from "../../client/protocol-hooks";
import type { CompletionRef } from "../../client/protocol-queries";

export interface CompletionFieldProps {
  state?: SessionState;
  completionRef: CompletionRef;
  name: string;
  label?: string;
  description?: string;
  required?: boolean;
  value: string;
  onChange(value: string): void;
  /** The other arguments' values (completion context). */
  context: Record<string, string>;
}

/** One argument or template variable, with completion/complete suggestions when the server has completions. */
export function CompletionField({
  state,
  completionRef,
  name,
  label,
  description,
  required,
  value,
  onChange,
  context,
}: CompletionFieldProps) {
  const completion = useCompletion(state, completionRef, name, value, context);
  return (
    <CompletionInput
      label={label ?? name}
      description={description}
      required={required}
      value={value}
      onChange={onChange}
      suggestions={completion.data?.values}
      more={completion.data?.hasMore}
      completes={serverCaps(state)?.completions !== undefined}
      loading={completion.isFetching}
      problem={completion.error?.message}
    />
  );
}
