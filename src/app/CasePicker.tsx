/** The "Case" picker: a labelled native select, so it works by keyboard and screen reader as is. */
import { Field, Select } from '@zendeskgarden/react-forms';
import { t } from '../i18n/t';
import { CASE_IDS, isCaseId, type CaseId } from '../routine/cases';

interface CasePickerProps {
  detected: CaseId;
  value: CaseId;
  onChange(caseId: CaseId): void;
}

export function CasePicker({ detected, value, onChange }: CasePickerProps) {
  return (
    <Field>
      <Field.Label>{t('case.label')}</Field.Label>
      <Field.Hint>
        {value === detected
          ? t('case.hint', { case: t(`case.${detected}`) })
          : t('case.overridden', { case: t(`case.${detected}`) })}
      </Field.Hint>
      <Select
        value={value}
        onChange={(event) => {
          if (isCaseId(event.target.value)) onChange(event.target.value);
        }}
      >
        {CASE_IDS.map((id) => (
          <option key={id} value={id}>
            {id === detected ? t('case.detected', { case: t(`case.${id}`) }) : t(`case.${id}`)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
