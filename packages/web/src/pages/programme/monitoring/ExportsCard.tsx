import { LANGUAGES, type Language } from '@qorgau/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link } from '../../../app/router';
import { can, useMe } from '../../../app/session';
import { useTRPC } from '../../../app/trpc';
import { SelectField, TextField } from '../../../components/Field';
import { FormError } from '../../../components/FormError';
import { Loading } from '../../../components/States';
import { useI18n } from '../../../i18n/I18nProvider';
import { LANGUAGE_AUTONYMS, languageOr } from '../../../i18n/languages';
import { verifyPathFor } from '../../../lib/documentLinks';
import { fieldErrorsOf } from '../../../lib/errors';
import { fieldErrorText } from '../../hr/caseReports/fieldErrors';
import type { PartnerKind } from './types';

/** Project staff have no access to the NGO's document store as such: the donor report has its own download. */
function donorReportUrl(documentId: string): string {
  return `/api/monitoring/donor-report/${encodeURIComponent(documentId)}.pdf`;
}

export function exportUrl(format: 'csv' | 'xlsx', kind: PartnerKind | 'all', language: Language): string {
  const query = new URLSearchParams({ language, ...(kind === 'all' ? {} : { kind }) });
  return `/api/monitoring/export.${format}?${query}`;
}

/** The donor report as a signed PDF in the chosen language and period, and the same figures as spreadsheets. */
export function ExportsCard({ kind }: { kind: PartnerKind | 'all' }) {
  const { m, language } = useI18n();
  const me = useMe().data;
  const titleId = useId();
  const e = m.monitoring.exports;
  return (
    <section className="card stack" aria-labelledby={titleId} data-testid="monitoring-exports">
      <h2 id={titleId} className="card__title">
        {e.title}
      </h2>
      <p className="muted">{e.intro}</p>
      {can(me, 'monitoring.writeTargets') ? <DonorReportForm /> : null}
      <div className="portal-actions">
        <a
          href={exportUrl('csv', kind, language)}
          download="qorgau-monitoring.csv"
          className="button"
          data-testid="export-csv"
        >
          {e.csv}
        </a>
        <a
          href={exportUrl('xlsx', kind, language)}
          download="qorgau-monitoring.xlsx"
          className="button"
          data-testid="export-xlsx"
        >
          {e.xlsx}
        </a>
      </div>
    </section>
  );
}

function DonorReportForm() {
  const { m, language: uiLanguage } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const e = m.monitoring.exports;
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const issue = useMutation(
    trpc.monitoring.issueDonorReport.mutationOptions({
      onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.documents.pathKey() }),
    }),
  );
  const errors = fieldErrorsOf(issue.error);
  const report = issue.data;
  const changed = () => issue.reset();
  return (
    <div className="stack" data-testid="donor-report-form">
      <FormError error={issue.error} fields={['language', 'from', 'to']} />
      <div className="monitoring-fields">
        <SelectField
          label={e.language}
          value={language}
          onValueChange={(value) => {
            setLanguage(languageOr(value, uiLanguage));
            changed();
          }}
          options={LANGUAGES.map((option) => ({ value: option, label: LANGUAGE_AUTONYMS[option] }))}
          data-testid="donor-language"
        />
        <TextField
          label={e.from}
          type="date"
          optional
          value={from}
          onValueChange={(value) => {
            setFrom(value);
            changed();
          }}
          errorText={fieldErrorText(m, errors.from)}
          data-testid="donor-from"
        />
        <TextField
          label={e.to}
          type="date"
          optional
          value={to}
          onValueChange={(value) => {
            setTo(value);
            changed();
          }}
          errorText={fieldErrorText(m, errors.to)}
          data-testid="donor-to"
        />
      </div>
      <div className="form-actions form-actions--start">
        <button
          type="button"
          className="button button--primary"
          onClick={() => issue.mutate({ language, ...(from ? { from } : {}), ...(to ? { to } : {}) })}
          disabled={issue.isPending}
          data-testid="issue-donor-report"
        >
          {issue.isPending ? e.preparing : e.issue}
        </button>
      </div>
      <div aria-live="polite">
        {issue.isPending ? <Loading label={e.preparing} /> : null}
        {report ? (
          <div className="stack" data-testid="donor-report-ready">
            <p>{e.ready}</p>
            <div className="portal-actions">
              <a
                href={donorReportUrl(report.documentId)}
                download={`${report.publicId}.pdf`}
                className="button button--primary"
                data-testid="donor-report-download"
              >
                {e.download}
              </a>
              <Link to={verifyPathFor(report.publicId)} className="button" data-testid="donor-report-verify">
                {e.verify}
              </Link>
            </div>
          </div>
        ) : null}
      </div>
    </div>
  );
}
