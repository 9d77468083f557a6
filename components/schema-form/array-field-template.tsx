import { buttonId, getTemplate, getUiOptions, type ArrayFieldTemplateProps } from "@rjsf/utils";
import { addLabelOf } from "./array-labels";

/**
 * rjsf's ArrayFieldTemplate (@rjsf/core 6) with one change: the Add button is told what it adds
 * (through its title), so "Add tag" and "Add line" tell nested arrays apart.
 */
export function ArrayFieldTemplate(props: ArrayFieldTemplateProps) {
  const {
    canAdd,
    className,
    disabled,
    fieldPathId,
    uiSchema,
    items,
    optionalDataControl,
    onAddClick,
    readonly,
    registry,
    required,
    schema,
    title,
  } = props;
  const uiOptions = getUiOptions(uiSchema);
  // The registry's own templates (made once with the form), looked up as rjsf's template does.
  const t = {
    Title: getTemplate("ArrayFieldTitleTemplate", registry, uiOptions),
    Description: getTemplate("ArrayFieldDescriptionTemplate", registry, uiOptions),
  };
  const showOptionalDataControlInTitle = !readonly && !disabled;
  const { AddButton } = registry.templates.ButtonTemplates;
  const shownTitle = uiOptions.title || title;
  return (
    <fieldset className={className} id={fieldPathId.$id}>
      <t.Title
        fieldPathId={fieldPathId}
        title={shownTitle}
        required={required}
        schema={schema}
        uiSchema={uiSchema}
        registry={registry}
        optionalDataControl={showOptionalDataControlInTitle ? optionalDataControl : undefined}
      />
      <t.Description
        fieldPathId={fieldPathId}
        description={uiOptions.description || schema.description}
        schema={schema}
        uiSchema={uiSchema}
        registry={registry}
      />
      {!showOptionalDataControlInTitle ? optionalDataControl : undefined}
      <div className="row array-item-list">{items}</div>
      {canAdd && (
        <AddButton
          id={buttonId(fieldPathId, "add")}
          className="rjsf-array-item-add"
          onClick={onAddClick}
          disabled={disabled || readonly}
          uiSchema={uiSchema}
          registry={registry}
          title={addLabelOf(schema, shownTitle)}
        />
      )}
    </fieldset>
  );
}
