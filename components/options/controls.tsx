import type { ReactNode } from 'react';
import { t } from '@/lib/i18n';
import { isLocked } from '@/lib/settings/managed';
import { useSettingsStore } from '@/lib/settings/store';

/** One titled block of the options page, reachable from the page's table of contents. */
export function Section({ id, title, description, children }: { id: string; title: string; description?: string; children: ReactNode }) {
  return (
    <section className="options-section" id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {description ? <p className="muted">{description}</p> : null}
      {children}
    </section>
  );
}

/** True when a team policy sets this path; such controls are shown disabled. */
export function useLocked(path: string): boolean {
  return useSettingsStore((state) => isLocked(state.locked, path));
}

export function LockedNote({ locked }: { locked: boolean }) {
  return locked ? <span className="locked-note">{t('options_locked')}</span> : null;
}

export function Toggle({
  path,
  label,
  checked,
  onChange,
}: {
  path: string;
  label: string;
  checked: boolean;
  onChange: (value: boolean) => void;
}) {
  const locked = useLocked(path);
  return (
    <label className="row">
      <input type="checkbox" checked={checked} disabled={locked} onChange={(e) => onChange(e.currentTarget.checked)} />
      <span>{label}</span>
      <LockedNote locked={locked} />
    </label>
  );
}

export function NumberField({
  path,
  label,
  value,
  min,
  max,
  onChange,
}: {
  path: string;
  label: string;
  value: number;
  min: number;
  max: number;
  onChange: (value: number) => void;
}) {
  const locked = useLocked(path);
  const id = `field-${path.replace(/\W/g, '-')}`;
  return (
    <div className="row">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        min={min}
        max={max}
        value={value}
        disabled={locked}
        onChange={(e) => {
          const next = e.currentTarget.valueAsNumber;
          if (Number.isInteger(next) && next >= min && next <= max) onChange(next);
        }}
      />
      <LockedNote locked={locked} />
    </div>
  );
}

export function SelectField<T extends string>({
  path,
  label,
  value,
  options,
  onChange,
}: {
  path: string;
  label: string;
  value: T;
  options: ReadonlyArray<{ value: T; label: string }>;
  onChange: (value: T) => void;
}) {
  const locked = useLocked(path);
  const id = `field-${path.replace(/\W/g, '-')}`;
  return (
    <div className="row">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} disabled={locked} onChange={(e) => onChange(e.currentTarget.value as T)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <LockedNote locked={locked} />
    </div>
  );
}

/** Offers text as a file download (export). */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Reads a file the agent picked. */
export function readFileText(file: File): Promise<string> {
  return file.text();
}
