import { isLanguage, type Language } from '@qorgau/core';
import {
  type Executor,
  organizationsRepository,
  outboxRepository,
  remindersRepository,
  trainingTrackingRepository,
  withTenant,
} from '@qorgau/db';
import type { AppDeps } from '../../deps.js';
import { renderEmail } from '../../email/templates.js';
import { hashToken, newToken } from '../../security/tokens.js';
import { dueReminderSlot } from '../reminders/schedule.js';
import { currentCourseVersion } from './course-versions.js';
import { syncEnrolments } from './enrolments.js';

const LINK_TTL_MS = 30 * 24 * 60 * 60 * 1000;

type Pending = Awaited<ReturnType<typeof trainingTrackingRepository.pendingForReminders>>[number];

function formatDate(language: Language, date: string): string {
  return new Intl.DateTimeFormat({ kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' }[language], {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

interface TenantMail {
  organization: Record<Language, string>;
  course: Record<Language, string>;
}

async function sendReminder(tx: Executor, deps: AppDeps, tenantId: string, mail: TenantMail, row: Pending) {
  const language: Language = isLanguage(row.language) ? row.language : 'ru';
  const token = newToken();
  await remindersRepository.insertLoginLink(tx, {
    tenantId,
    personId: row.personId,
    tokenHash: hashToken(token),
    expiresAt: new Date(deps.clock().getTime() + LINK_TTL_MS),
  });
  const message = renderEmail(language, 'training-reminder', {
    fullName: row.fullName,
    organization: mail.organization[language],
    course: mail.course[language],
    dueDate: formatDate(language, row.dueDate),
    link: `${deps.config.publicUrl}/link?token=${token}`,
  });
  await outboxRepository.enqueueEmail(tx, {
    to: row.email ?? '',
    language,
    template: 'training-reminder',
    ...message,
  });
  await trainingTrackingRepository.countReminder(tx, row, false);
}

async function escalate(tx: Executor, deps: AppDeps, mail: TenantMail, row: Pending, reminders: number) {
  for (const officer of await remindersRepository.hrOfficerContacts(tx)) {
    const language: Language = isLanguage(officer.language) ? officer.language : 'ru';
    const message = renderEmail(language, 'training-escalation', {
      personName: row.fullName,
      unitName: row.unitName ?? '—',
      course: mail.course[language],
      dueDate: formatDate(language, row.dueDate),
      reminders: String(reminders),
      link: `${deps.config.publicUrl}/hr/training`,
    });
    await outboxRepository.enqueueEmail(tx, {
      to: officer.email,
      language,
      template: 'training-escalation',
      ...message,
    });
  }
  await trainingTrackingRepository.countReminder(tx, row, true);
}

/**
 * The acknowledgement campaigns' cadence applied to training: invitation, N days before, on the
 * due date, every N days after, then escalation to HR. Each message is claimed by a unique row in
 * the transaction that writes it to the outbox, so a restart or a second worker never sends twice.
 * The same pass enrols joiners and reopens yearly refreshers.
 */
export async function sweepTraining(deps: AppDeps, today: string) {
  let reminders = 0;
  let escalations = 0;
  let enrolled = 0;
  let reopened = 0;
  for (const tenantId of await trainingTrackingRepository.tenantsWithOpenTrainings(deps.db)) {
    await withTenant(deps.db, { tenantId, userId: null }, async (tx) => {
      const synced = await syncEnrolments(tx, tenantId, today);
      enrolled += synced.enrolled;
      reopened += synced.reopened;
      const organization = await organizationsRepository.currentOrganization(tx);
      if (!organization) return;
      const mail: TenantMail = {
        organization: { kk: organization.name_kk, ru: organization.name_ru, en: organization.name_en },
        course: (await currentCourseVersion(tx, tenantId)).course.title,
      };
      for (const row of await trainingTrackingRepository.pendingForReminders(tx)) {
        const cadence = {
          dueDate: row.dueDate,
          daysBefore: row.daysBefore,
          remindOnDue: row.remindOnDue,
          everyDays: row.everyDays,
        };
        const slot = row.email ? dueReminderSlot(cadence, today, row.remindersSent) : null;
        const target = { tenantId, assignmentId: row.assignmentId, personId: row.personId, cycle: row.cycle };
        let sentNow = false;
        if (slot && (await trainingTrackingRepository.claimReminderSlot(tx, { ...target, slot }))) {
          await sendReminder(tx, deps, tenantId, mail, row);
          reminders += 1;
          sentNow = true;
        }
        const sent = row.remindersSent + (sentNow ? 1 : 0);
        if (today > row.dueDate && !row.escalatedAt && sent >= row.escalateAfter) {
          if (await trainingTrackingRepository.claimReminderSlot(tx, { ...target, slot: 'escalation' })) {
            await escalate(tx, deps, mail, row, sent);
            escalations += 1;
          }
        }
      }
    });
  }
  if (reminders + escalations > 0) void deps.mailer?.flush().catch(() => undefined);
  return { reminders, escalations, enrolled, reopened };
}
