/**
 * The "Case" picker: Garden's Field, Label, Hint and Select (a native select underneath, so it works by
 * keyboard and screen reader as browsers give it; Field links the label and the hint to it).
 * The hint names the detected case; the options are the case names alone, since a closed select cannot
 * wrap and a "(detected)" after a long name was cut off in a narrow sidebar.
 */
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
        {CASE_IDS.map((caseId) => (
          <option key={caseId} value={caseId}>
            {t(`case.${caseId}`)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
