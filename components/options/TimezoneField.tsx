import { useId } from 'react';
import { TextField } from '../common/Fields';
import type { Path } from '../common/form-path';
import type { FormState } from '../common/use-form';

// Computed once: the browser's own list of IANA zones, offered as suggestions while the schema checks the value.
let zones: string[] | undefined;
function timeZones(): string[] {
  zones ??= typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return zones;
}

export function TimezoneField({ form, path, label }: { form: FormState<unknown>; path: Path; label: string }) {
  const listId = useId();
  return (
    <div className="timezone-field" data-list={listId}>
      <TextField form={form} path={path} label={label} placeholder="Europe/Madrid" list={listId} />
      <datalist id={listId}>
        {timeZones().map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
    </div>
  );
}
