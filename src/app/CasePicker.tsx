/** The "Case" picker: a labelled native select, so it works by keyboard and screen reader as is. */
import { useId } from 'react';
import { t } from '../i18n/t';
import { CASE_IDS, isCaseId, type CaseId } from '../routine/cases';
import { Hint, Label, Select } from './styles';

interface CasePickerProps {
  detected: CaseId;
  value: CaseId;
  onChange(caseId: CaseId): void;
}

export function CasePicker({ detected, value, onChange }: CasePickerProps) {
  const id = useId();
  return (
    <div>
      <Label htmlFor={`${id}-case`}>{t('case.label')}</Label>
      <Hint id={`${id}-hint`}>
        {value === detected
          ? t('case.hint', { case: t(`case.${detected}`) })
          : t('case.overridden', { case: t(`case.${detected}`) })}
      </Hint>
      <Select
        id={`${id}-case`}
        aria-describedby={`${id}-hint`}
        value={value}
        onChange={(event) => {
          if (isCaseId(event.target.value)) onChange(event.target.value);
        }}
      >
        {CASE_IDS.map((caseId) => (
          <option key={caseId} value={caseId}>
            {caseId === detected ? t('case.detected', { case: t(`case.${caseId}`) }) : t(`case.${caseId}`)}
          </option>
        ))}
      </Select>
    </div>
  );
}
