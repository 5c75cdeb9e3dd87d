// Labelled controls shared by the editor area's admin forms.

const inputClass = "mt-1 w-full rounded border border-gray-400 px-3 py-2";

type TextFieldProps = {
  id: string;
  label: string;
  name: string;
  type?: "text" | "email" | "password";
  defaultValue?: string;
  required?: boolean;
  autoComplete?: string;
  hint?: string;
};

export function TextField({ id, label, name, type = "text", defaultValue, required, autoComplete, hint }: TextFieldProps) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        required={required}
        autoComplete={autoComplete}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className={inputClass}
      />
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-muted">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

type SelectFieldProps = {
  id: string;
  label: string;
  name: string;
  options: { value: string; label: string }[];
  defaultValue?: string;
};

export function SelectField({ id, label, name, options, defaultValue }: SelectFieldProps) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold">
        {label}
      </label>
      <select id={id} name={name} defaultValue={defaultValue} className={inputClass}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CheckboxField({ id, label, name, defaultChecked }: { id: string; label: string; name: string; defaultChecked?: boolean }) {
  return (
    <div className="flex items-center gap-2">
      <input id={id} name={name} type="checkbox" defaultChecked={defaultChecked} className="h-4 w-4" />
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
    </div>
  );
}

export function SubmitButton({ children, tone = "primary" }: { children: React.ReactNode; tone?: "primary" | "secondary" }) {
  const toneClass =
    tone === "primary"
      ? "bg-brand-600 text-white hover:bg-brand-700"
      : "border border-brand-600 text-brand-700 hover:bg-brand-50";
  return (
    <button type="submit" className={`rounded px-4 py-2 text-sm font-semibold ${toneClass}`}>
      {children}
    </button>
  );
}
