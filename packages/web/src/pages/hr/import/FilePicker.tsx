import { type ChangeEvent, type DragEvent, useId, useState } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';

const ACCEPT = '.csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The file input (the keyboard path) inside a drop zone (the shortcut), as on the verification page. */
export function FilePicker({ onChoose, disabled }: { onChoose: (file: File) => void; disabled: boolean }) {
  const { m } = useI18n();
  const inputId = useId();
  const [dragging, setDragging] = useState(false);
  const t = m.importPeople;

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Choosing the same file again after fixing it must upload it again.
    event.target.value = '';
    if (file) onChoose(file);
  };

  const onDragOver = (event: DragEvent) => {
    if (disabled || !event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };

  return (
    <fieldset
      className={dragging ? 'dropzone dropzone--active' : 'dropzone'}
      onDragOver={onDragOver}
      onDragEnter={onDragOver}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        const file = event.dataTransfer.files[0];
        if (file && !disabled) onChoose(file);
      }}
      data-testid="import-dropzone"
    >
      <legend className="visually-hidden">{t.choose}</legend>
      <input
        id={inputId}
        type="file"
        accept={ACCEPT}
        className="dropzone__input visually-hidden"
        onChange={onChange}
        disabled={disabled}
        aria-describedby={`${inputId}-limit`}
        data-testid="import-file-input"
      />
      <label htmlFor={inputId} className="button button--primary dropzone__button">
        {t.choose}
      </label>
      <span className="dropzone__text">{t.drop}</span>
      <span id={`${inputId}-limit`} className="dropzone__limit">
        {t.limit}
      </span>
    </fieldset>
  );
}
