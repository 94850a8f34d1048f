// A set of radio buttons under a legend: arrow keys move between them, as a native radio group does.

interface Props<V extends string> {
  legend: string;
  name: string;
  value: V;
  options: ReadonlyArray<{ value: V; label: string }>;
  onChange: (value: V) => void;
}

export function ChoiceGroup<V extends string>({ legend, name, value, options, onChange }: Props<V>) {
  return (
    <fieldset class="nl-field">
      <legend class="nl-legend">{legend}</legend>
      <div class="nl-choices">
        {options.map((o) => (
          <label class="nl-choice" key={o.value}>
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={value === o.value}
              data-testid={`${name}-${o.value}`}
              onChange={() => onChange(o.value)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
