type Option = { value: string | number; label: string };

type Props = {
  label: string;
  name: string;
  options: Option[];
  /** The first, empty choice ("Tất cả", "-- Chọn loại --"); none for a multiple select. */
  emptyLabel?: string;
  defaultValue?: string | number | string[];
  required?: boolean;
  multiple?: boolean;
  labelClassName?: string;
  selectClassName?: string;
};

/** A <select> inside its <label>, used by the reader's filter form and the editor's document form. */
export function LabelledSelect({ label, name, options, emptyLabel, defaultValue, required, multiple, labelClassName, selectClassName }: Props) {
  return (
    <label className={labelClassName}>
      {label}
      <select
        name={name}
        required={required}
        multiple={multiple}
        size={multiple ? 5 : undefined}
        defaultValue={defaultValue ?? (multiple ? [] : "")}
        className={selectClassName}
      >
        {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
