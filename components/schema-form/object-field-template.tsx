"use client";
import { useState, type ReactNode } from "react";
import { buttonId, canExpand, descriptionId, getTemplate, getUiOptions, titleId, type ObjectFieldTemplateProps } from "@rjsf/utils";
import { WINDOW_STEP } from "../shown-window";
import { isObject } from "../../lib/json/shape";
import { CLOSED_FIELDS, OPEN_FIELDS, objectKey } from "./trimmed-schema";

export { OPEN_FIELDS };

/** What a form built from a trimmed schema (./trimmed-schema.ts) gives its templates: a way to open a closed object. */
export interface OpenObjectContext {
  openObject(key: string): void;
}

/**
 * rjsf's ObjectFieldTemplate (@rjsf/core 6), built as it is opened: a nested object with many
 * fields starts closed (its fields are not rendered until "Open"), and an object shows its first
 * WINDOW_STEP fields and its required ones, the rest on "Show more fields". A 2 MB input schema
 * 30 objects deep, drawn whole, was 15,000 fields and a 13 s task (issue 91 item 4, bench 4s).
 * What is typed is kept in the form's data, so closing and opening loses nothing.
 */
export function ObjectFieldTemplate(props: ObjectFieldTemplateProps) {
  const { className, description, disabled, formData, fieldPathId, onAddProperty, optionalDataControl, properties, readonly, registry } =
    props;
  const { required, schema, title, uiSchema } = props;
  const nested = fieldPathId.path.length > 0;
  const [open, setOpen] = useState(!nested || properties.length <= OPEN_FIELDS);
  // An object a big schema's form left out (trimmedSchema): opening it has the form add its fields.
  const closedFields = schema[CLOSED_FIELDS];
  const opener = (registry.formContext as Partial<OpenObjectContext> | undefined)?.openObject;
  const [limit, setLimit] = useState(WINDOW_STEP);
  const options = getUiOptions(uiSchema);
  // The registry's own templates (made once with the form), looked up as rjsf's template does.
  const t = {
    Title: getTemplate("TitleFieldTemplate", registry, options),
    Description: getTemplate("DescriptionFieldTemplate", registry, options),
  };
  // A pure oneOf/anyOf: the union's own field draws the chosen branch (as rjsf's template does).
  if ((schema.oneOf || schema.anyOf) && !schema.properties && properties.length === 0) return null;
  const showOptionalDataControlInTitle = !readonly && !disabled;
  const requiredNames = new Set(Array.isArray(schema.required) ? schema.required : []);
  // Past the window, required fields and nested objects stay: what must be filled, and the way down.
  const nestedObject = (name: string) => {
    const field = schema.properties?.[name];
    return isObject(field) && field.type === "object";
  };
  const shown = open ? properties.filter((p, i) => i < limit || requiredNames.has(p.name) || nestedObject(p.name)) : [];
  const hidden = open ? properties.length - shown.length : 0;
  const { AddButton } = registry.templates.ButtonTemplates;
  // The object's title (with the optional-data control where it goes) and description, open or closed.
  const heading = (control?: ReactNode) => (
    <>
      {title && (
        <t.Title
          id={titleId(fieldPathId)}
          title={title}
          required={required}
          schema={schema}
          uiSchema={uiSchema}
          registry={registry}
          optionalDataControl={control}
        />
      )}
      {description && (
        <t.Description id={descriptionId(fieldPathId)} description={description} schema={schema} uiSchema={uiSchema} registry={registry} />
      )}
    </>
  );
  if (typeof closedFields === "number" && opener) {
    return (
      <fieldset className={className} id={fieldPathId.$id}>
        {heading()}
        <button type="button" className="btn-small object-toggle" aria-expanded={false} onClick={() => opener(objectKey(fieldPathId.path))}>
          Open {title ? `“${title}”` : "object"} ({closedFields} fields)
        </button>
      </fieldset>
    );
  }
  return (
    <fieldset className={className} id={fieldPathId.$id}>
      {heading(showOptionalDataControlInTitle ? optionalDataControl : undefined)}
      {!showOptionalDataControlInTitle ? optionalDataControl : undefined}
      {nested && properties.length > OPEN_FIELDS && (
        <button type="button" className="btn-small object-toggle" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          {open ? "Close" : "Open"} {title ? `“${title}”` : "object"} ({properties.length} fields)
        </button>
      )}
      {shown.map((p) => p.content)}
      {hidden > 0 && (
        <p className="muted small object-more">
          {hidden} more fields{" "}
          <button type="button" className="btn-small" onClick={() => setLimit((l) => l + WINDOW_STEP * 5)}>
            Show more fields
          </button>
        </p>
      )}
      {open && canExpand(schema, uiSchema, formData) && (
        <AddButton
          id={buttonId(fieldPathId, "add")}
          className="rjsf-object-property-expand"
          onClick={onAddProperty}
          disabled={disabled || readonly}
          uiSchema={uiSchema}
          registry={registry}
        />
      )}
    </fieldset>
  );
}
