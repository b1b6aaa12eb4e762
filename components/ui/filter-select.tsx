import type { Option } from './option';

/**
 * One labelled `<select>` of a GET filter form with an "any" choice first (value ''), so an
 * unset filter leaves the URL parameter empty. `optionLang` marks options written in the
 * content's language (speaker labels).
 */
export function FilterSelect({
  name,
  label,
  value,
  options,
  any,
  className,
  optionLang,
}: {
  name: string;
  label: string;
  value: string | undefined;
  options: readonly Option[];
  any: string;
  className?: string;
  optionLang?: string;
}) {
  return (
    <label className={className}>
      <span>{label}</span>
      <select name={name} defaultValue={value ?? ''}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value} lang={optionLang}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
