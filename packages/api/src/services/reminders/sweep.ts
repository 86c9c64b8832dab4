import { isLanguage, type Language } from '@qorgau/core';
import {
  type Executor,
  organizationsRepository,
  outboxRepository,
  remindersRepository,
  withTenant,
} from '@qorgau/db';
import type { AppDeps } from '../../deps.js';
import { renderEmail } from '../../email/templates.js';
import { hashToken, newToken } from '../../security/tokens.js';
import { dueReminderSlot } from './schedule.js';

const LINK_TTL_MS = 30 * 24 * 60 * 60 * 1000;

function formatDate(language: Language, date: string): string {
  return new Intl.DateTimeFormat({ kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' }[language], {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

type Assignment = Awaited<ReturnType<typeof remindersRepository.pendingAssignments>>[number];

async function sendReminder(
  tx: Executor,
  deps: AppDeps,
  tenantId: string,
  organization: Record<Language, string>,
  row: Assignment,
  slot: string,
) {
  const language: Language = isLanguage(row.language) ? row.language : 'ru';
  const token = newToken();
  await remindersRepository.insertLoginLink(tx, {
    tenantId,
    personId: row.personId,
    tokenHash: hashToken(token),
    expiresAt: new Date(deps.clock().getTime() + LINK_TTL_MS),
  });
  const template = slot === 'invite' ? 'ack-invite' : 'ack-reminder';
  const message = renderEmail(language, template, {
    fullName: row.fullName,
    organization: organization[language],
    dueDate: formatDate(language, row.dueDate),
    link: `${deps.config.publicUrl}/link?token=${token}`,
  });
  await outboxRepository.enqueueEmail(tx, { to: row.email ?? '', language, template, ...message });
  await remindersRepository.countReminder(tx, row.campaignId, row.personId, false);
}

async function escalate(tx: Executor, deps: AppDeps, row: Assignment, reminders: number) {
  for (const officer of await remindersRepository.hrOfficerContacts(tx)) {
    const language: Language = isLanguage(officer.language) ? officer.language : 'ru';
    const message = renderEmail(language, 'ack-escalation', {
      personName: row.fullName,
      unitName: row.unitName ?? '—',
      dueDate: formatDate(language, row.dueDate),
      reminders: String(reminders),
      link: `${deps.config.publicUrl}/hr/campaigns`,
    });
    await outboxRepository.enqueueEmail(tx, {
      to: officer.email,
      language,
      template: 'ack-escalation',
      ...message,
    });
  }
  await remindersRepository.countReminder(tx, row.campaignId, row.personId, true);
}

/**
 * HR's "send a reminder now" for everyone still pending in a campaign. The slot is per hour, so a
 * second click in the same hour sends nothing more.
 */
export async function remindNow(tx: Executor, deps: AppDeps, tenantId: string, campaignId: string) {
  const organization = await organizationsRepository.currentOrganization(tx);
  if (!organization) return { reminders: 0 };
  const names = { kk: organization.name_kk, ru: organization.name_ru, en: organization.name_en };
  const hour = deps.clock().toISOString().slice(0, 13).replace(/[-T]/g, '');
  let reminders = 0;
  for (const row of await remindersRepository.pendingAssignments(tx)) {
    if (row.campaignId !== campaignId || !row.email) continue;
    const slot = { tenantId, campaignId, personId: row.personId, slot: `manual:${hour}` };
    if (await remindersRepository.claimReminderSlot(tx, slot)) {
      await sendReminder(tx, deps, tenantId, names, row, 'manual');
      reminders += 1;
    }
  }
  return { reminders };
}

/**
 * One pass over every tenant with open assignments. Each email is claimed by a unique reminder slot
 * in the same transaction that writes it to the outbox, so a crash or a second worker never sends
 * one twice.
 */
export async function sweepReminders(
  deps: AppDeps,
  today: string,
): Promise<{ reminders: number; escalations: number }> {
  let reminders = 0;
  let escalations = 0;
  for (const tenantId of await remindersRepository.tenantsWithOpenAssignments(deps.db)) {
    await withTenant(deps.db, { tenantId, userId: null }, async (tx) => {
      const organization = await organizationsRepository.currentOrganization(tx);
      if (!organization) return;
      const names = { kk: organization.name_kk, ru: organization.name_ru, en: organization.name_en };
      for (const row of await remindersRepository.pendingAssignments(tx)) {
        const cadence = {
          dueDate: row.dueDate,
          daysBefore: row.daysBefore,
          remindOnDue: row.remindOnDue,
          everyDays: row.everyDays,
        };
        const slot = row.email ? dueReminderSlot(cadence, today, row.remindersSent) : null;
        const target = { tenantId, campaignId: row.campaignId, personId: row.personId };
        let sentNow = false;
        if (slot && (await remindersRepository.claimReminderSlot(tx, { ...target, slot }))) {
          await sendReminder(tx, deps, tenantId, names, row, slot);
          reminders += 1;
          sentNow = true;
        }
        const sent = row.remindersSent + (sentNow ? 1 : 0);
        const overdue = today > row.dueDate;
        if (overdue && !row.escalatedAt && sent >= row.escalateAfter) {
          if (await remindersRepository.claimReminderSlot(tx, { ...target, slot: 'escalation' })) {
            await escalate(tx, deps, row, sent);
            escalations += 1;
          }
        }
      }
    });
  }
  if (reminders + escalations > 0) void deps.mailer?.flush().catch(() => undefined);
  return { reminders, escalations };
}
