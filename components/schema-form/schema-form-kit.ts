import { customizeValidator } from "@rjsf/validator-ajv8";
import { Ajv2020 } from "ajv/dist/2020.js";
import { safeRegExpEngine } from "../../lib/protocol/safe-regex";
import { focusBranchErrors } from "./branch-errors";
import { schemaFormButtons } from "./schema-form-buttons";
import { ArrayFieldTemplate } from "./array-field-template";
import { FieldErrors } from "./field-errors";
import { ObjectFieldTemplate } from "./object-field-template";

/**
 * The server writes the schema, so its `pattern`s run on RE2 in linear time: V8's backtracking
 * engine froze the tab on `^(a|a)*$` (issue 22 item 4). A pattern RE2 cannot run (backreference,
 * lookahead) is left to the server to enforce.
 */
const ajvOptionsOverrides = { code: { regExp: safeRegExpEngine(() => undefined) } };

/** One validator per JSON Schema dialect, shared by every schema form (Ajv caches per schema). */
export const schemaValidators = {
  "2020-12": customizeValidator({ AjvClass: Ajv2020 as never, ajvOptionsOverrides }),
  "draft-07": customizeValidator({ ajvOptionsOverrides }),
};

/**
 * How every schema form behaves: errors inline and live once a field was touched (or the form
 * submitted), no browser validation bubbles, focus on the first error, no console logging of
 * validation errors (rjsf logs them without onError), only the errors of the oneOf/anyOf branch
 * the data is closest to, and Add buttons that name what they add.
 */
export const schemaFormBehaviour = {
  className: "schema-form",
  templates: { ButtonTemplates: schemaFormButtons, ArrayFieldTemplate, ObjectFieldTemplate, FieldErrorTemplate: FieldErrors },
  liveValidate: "onChange" as const,
  showErrorList: false as const,
  noHtml5Validate: true,
  focusOnFirstError: true,
  onError: () => undefined,
  transformErrors: focusBranchErrors,
};
