import type { IconButtonProps } from "@rjsf/utils";

/**
 * rjsf's array buttons with words instead of Bootstrap glyph icons (which we do not ship):
 * each has a visible symbol and an accessible name.
 */
function TextButton({
  glyph,
  name,
  className,
  iconType,
  uiSchema,
  registry,
  icon,
  ...rest
}: IconButtonProps & { glyph: string; name: string }) {
  void uiSchema;
  void registry;
  void icon;
  return (
    <button
      type="button"
      className={`btn-small rjsf-btn rjsf-btn-${iconType ?? "default"} ${className ?? ""}`}
      aria-label={name}
      title={name}
      {...rest}
    >
      {glyph}
    </button>
  );
}

export const schemaFormButtons = {
  // The title says what is added ("Add tag"): our ArrayFieldTemplate names the array's item.
  AddButton: (p: IconButtonProps) => (
    <button type="button" className={`btn-small rjsf-add ${p.className ?? ""}`} onClick={p.onClick} disabled={p.disabled} id={p.id}>
      <span aria-hidden="true">+ </span>
      {p.title ?? "Add item"}
    </button>
  ),
  CopyButton: (p: IconButtonProps) => <TextButton {...p} glyph="⧉" name="Copy item" />,
  MoveUpButton: (p: IconButtonProps) => <TextButton {...p} glyph="↑" name="Move item up" />,
  MoveDownButton: (p: IconButtonProps) => <TextButton {...p} glyph="↓" name="Move item down" />,
  RemoveButton: (p: IconButtonProps) => <TextButton {...p} glyph="×" name="Remove item" iconType="danger" />,
  ClearButton: (p: IconButtonProps) => <TextButton {...p} glyph="×" name="Clear" />,
};
