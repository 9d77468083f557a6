import { customizeValidator } from "@rjsf/validator-ajv8";
import { Ajv2020 } from "ajv/dist/2020.js";
import { focusBranchErrors } from "./branch-errors";
import { schemaFormButtons } from "./schema-form-buttons";

/** One validator per JSON Schema dialect, shared by every schema form (Ajv caches per schema). */
export const schemaValidators = {
  "2020-12": customizeValidator({ AjvClass: Ajv2020 as never }),
  "draft-07": customizeValidator(),
};

/**
 * How every schema form behaves: errors inline and live, no browser validation bubbles, focus on
 * the first error, no console logging of validation errors (rjsf logs them without onError), and
 * only the errors of the oneOf/anyOf branch the data is closest to.
 */
export const schemaFormBehaviour = {
  className: "schema-form",
  templates: { ButtonTemplates: schemaFormButtons },
  liveValidate: "onChange" as const,
  showErrorList: false as const,
  noHtml5Validate: true,
  focusOnFirstError: true,
  onError: () => undefined,
  transformErrors: focusBranchErrors,
};
