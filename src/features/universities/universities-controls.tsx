import { useTranslation } from 'react-i18next';
import { setViewState as setView } from '@/lib/view-state';
import type { Named } from './select-universities';

function FilterSelect({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string | null;
  options: readonly Named[];
  onChange: (id: string | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <label className="flex items-center gap-2">
      <span>{label}</span>
      <select
        aria-label={label}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value || null)}
        className="max-w-64 rounded-md border border-line bg-surface px-2 py-1"
      >
        <option value="">{t('filters.all')}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The panel's own filters. `subject`/`university` are the ones in effect (unknown ids dropped). */
export function UniversitiesControls({
  subjects,
  universities,
  subject,
  university,
}: {
  subjects: readonly Named[];
  universities: readonly Named[];
  subject: string | null;
  university: string | null;
}) {
  const { t } = useTranslation();
  return (
    <div className="flex flex-wrap items-center gap-x-6 gap-y-2 text-base">
      <FilterSelect
        label={t('universities.subject')}
        value={subject}
        options={subjects}
        onChange={(id) => void setView({ subject: id })}
      />
      <FilterSelect
        label={t('universities.university')}
        value={university}
        options={universities}
        onChange={(id) => void setView({ university: id })}
      />
    </div>
  );
}
