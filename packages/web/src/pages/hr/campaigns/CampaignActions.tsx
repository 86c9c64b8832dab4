import { LANGUAGES, type Language } from '@qorgau/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link } from '../../../app/router';
import { can, useMe } from '../../../app/session';
import { useTRPC } from '../../../app/trpc';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { SelectField } from '../../../components/Field';
import { FormError } from '../../../components/FormError';
import { useNotify } from '../../../components/Toasts';
import { useI18n } from '../../../i18n/I18nProvider';
import { LANGUAGE_AUTONYMS } from '../../../i18n/languages';
import { documentDownloadUrl, verifyPathFor } from '../../../lib/documentLinks';

function exportUrl(campaignId: string, format: 'csv' | 'xlsx'): string {
  return `/api/campaigns/${encodeURIComponent(campaignId)}/export.${format}`;
}

/** The records of a campaign (roster export, signed acknowledgement sheet) and an immediate reminder. */
export function CampaignActions({ campaignId, versionId }: { campaignId: string; versionId: string }) {
  const { m } = useI18n();
  const me = useMe().data;
  const titleId = useId();
  const a = m.campaigns.actions;
  return (
    <section className="card stack" aria-labelledby={titleId} data-testid="campaign-actions">
      <h2 id={titleId} className="card__title">
        {a.title}
      </h2>
      <div className="portal-actions">
        <a
          href={exportUrl(campaignId, 'csv')}
          download={`acknowledgements-${campaignId}.csv`}
          className="button"
          data-testid="export-csv"
        >
          {a.exportCsv}
        </a>
        <a
          href={exportUrl(campaignId, 'xlsx')}
          download={`acknowledgements-${campaignId}.xlsx`}
          className="button"
          data-testid="export-xlsx"
        >
          {a.exportXlsx}
        </a>
      </div>
      <SheetForm versionId={versionId} />
      {can(me, 'policy.publish') ? <RemindNow campaignId={campaignId} /> : null}
    </section>
  );
}

function SheetForm({ versionId }: { versionId: string }) {
  const { m, language: uiLanguage } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const a = m.campaigns.actions;
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const issue = useMutation(
    trpc.campaigns.issueSheet.mutationOptions({
      // The sheet is a new document: the documents list should show it.
      onSuccess: () => void queryClient.invalidateQueries({ queryKey: trpc.documents.pathKey() }),
    }),
  );
  const sheet = issue.data;
  return (
    <div className="stack" data-testid="sheet-form">
      <FormError error={issue.error} fields={[]} />
      <div className="grid-2">
        <SelectField
          label={a.sheetLanguage}
          value={language}
          onValueChange={(value) => {
            setLanguage(value as Language);
            issue.reset();
          }}
          options={LANGUAGES.map((option) => ({ value: option, label: LANGUAGE_AUTONYMS[option] }))}
          data-testid="sheet-language"
        />
      </div>
      <div className="form-actions">
        <button
          type="button"
          className="button button--primary"
          onClick={() => issue.mutate({ versionId, language })}
          disabled={issue.isPending}
          data-testid="issue-sheet"
        >
          {issue.isPending ? m.common.working : a.issueSheet}
        </button>
      </div>
      <div aria-live="polite">
        {sheet ? (
          <div className="stack" data-testid="sheet-ready">
            <p>{a.sheetReady(sheet.entries)}</p>
            <div className="portal-actions">
              <a
                href={documentDownloadUrl(sheet.documentId)}
                download={`${sheet.publicId}.pdf`}
                className="button button--primary"
                data-testid="sheet-download"
              >
                {a.sheetDownload}
              </a>
              <Link to={verifyPathFor(sheet.publicId)} className="button" data-testid="sheet-verify">
                {a.sheetVerify}
              </Link>
            </div>
          </div>
        ) : null}
      </div>
    </div>
  );
}

function RemindNow({ campaignId }: { campaignId: string }) {
  const { m } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const a = m.campaigns.actions;
  const [confirming, setConfirming] = useState(false);
  const [sent, setSent] = useState<number | null>(null);
  const remind = useMutation(
    trpc.campaigns.remindNow.mutationOptions({
      onSuccess: (result) => {
        setConfirming(false);
        setSent(result.reminders);
        notify(result.reminders === 0 ? a.remindedNone : a.reminded(result.reminders));
        void queryClient.invalidateQueries({ queryKey: trpc.campaigns.roster.pathKey() });
      },
    }),
  );
  return (
    <div className="stack">
      <div className="form-actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            remind.reset();
            setConfirming(true);
          }}
          disabled={remind.isPending}
          data-testid="remind-now"
        >
          {a.remind}
        </button>
      </div>
      <p aria-live="polite" className="muted" data-testid="remind-result">
        {sent === null ? null : sent === 0 ? a.remindedNone : a.reminded(sent)}
      </p>
      <ConfirmDialog
        open={confirming}
        title={a.remindTitle}
        confirmLabel={a.remind}
        onConfirm={() => remind.mutate({ id: campaignId })}
        onCancel={() => setConfirming(false)}
        pending={remind.isPending}
        error={remind.error}
      >
        {a.remindText}
      </ConfirmDialog>
    </div>
  );
}
