import { DomainError, notFound } from '@qorgau/core';
import {
  type Executor,
  trainingAttemptsRepository,
  trainingLearningRepository,
  trainingSessionsRepository,
} from '@qorgau/db';
import type { AppDeps } from '../../deps.js';
import { type Actor, recordAudit } from '../audit.js';
import { currentCourseVersion } from './course-versions.js';

export async function createSession(
  tx: Executor,
  tenantId: string,
  actor: Actor,
  input: {
    heldOn: string;
    format: 'in_person' | 'online';
    trainer: string;
    place?: string | undefined;
    topic?: string | undefined;
    hours: number;
    language: 'kk' | 'ru' | 'en';
  },
) {
  const version = await currentCourseVersion(tx, tenantId);
  const id = await trainingSessionsRepository.insertSession(tx, {
    tenantId,
    heldOn: input.heldOn,
    format: input.format,
    trainer: input.trainer,
    place: input.place ?? null,
    topic: input.topic ?? null,
    hours: input.hours,
    language: input.language,
    courseVersionId: version.id,
    createdBy: actor.userId,
  });
  await recordAudit(tx, tenantId, actor, 'training.sessionRecorded', { type: 'trainingSession', id });
  return { id };
}

export async function listSessions(tx: Executor) {
  const rows = await trainingSessionsRepository.listSessions(tx);
  return rows.map((row) => ({
    ...row,
    hours: Number(row.hours),
    createdAt: new Date(row.createdAt).toISOString(),
  }));
}

export async function sessionWithAttendance(tx: Executor, id: string) {
  const session = await trainingSessionsRepository.findSession(tx, id);
  if (!session) throw notFound('trainingSession');
  const attendance = await trainingSessionsRepository.attendanceOf(tx, id);
  return {
    ...session,
    hours: Number(session.hours),
    createdAt: new Date(session.createdAt).toISOString(),
    attendance: attendance.map((row) => ({
      personId: row.personId,
      fullName: row.fullName,
      number: row.number,
      source: row.source,
      recordedAt: new Date(row.recordedAt).toISOString(),
      credited: row.completionId !== null,
      certificate: row.certificateDocumentId
        ? { documentId: row.certificateDocumentId, publicId: row.certificatePublicId }
        : null,
    })),
  };
}

/**
 * Attendance is credit: each new attendee gets a completion on the session's course version (closing
 * their open training cycle, if any) and a signed certificate. Recording someone twice changes nothing.
 */
export async function recordAttendance(
  tx: Executor,
  deps: AppDeps,
  tenantId: string,
  actor: Actor,
  input: { sessionId: string; personIds: string[] },
  source: 'manual' | 'import' = 'manual',
) {
  const session = await trainingSessionsRepository.findSession(tx, input.sessionId);
  if (!session) throw notFound('trainingSession');
  for (const personId of input.personIds) {
    if (!(await trainingLearningRepository.learnerById(tx, personId))) {
      throw new DomainError('NOT_FOUND', 'person.notFound', 'personIds');
    }
  }
  let recorded = 0;
  const completedAt = new Date(`${session.heldOn}T12:00:00Z`);
  for (const personId of [...new Set(input.personIds)]) {
    const fresh = await trainingSessionsRepository.insertAttendance(tx, {
      tenantId,
      sessionId: session.id,
      personId,
      source,
      recordedBy: actor.userId,
    });
    if (!fresh) continue;
    recorded += 1;
    const [open] = (await trainingLearningRepository.enrolmentsOfPerson(tx, personId)).filter(
      (enrolment) => enrolment.status === 'pending',
    );
    const key = open ? { assignmentId: open.assignmentId, personId, cycle: open.cycle } : null;
    const completionId = await trainingAttemptsRepository.insertCompletion(tx, {
      tenantId,
      personId,
      courseVersionId: session.courseVersionId,
      source: 'session',
      assignmentId: key?.assignmentId ?? null,
      cycle: key?.cycle ?? null,
      attemptId: null,
      sessionId: session.id,
      scorePercent: null,
      language: session.language,
      completedAt,
    });
    if (key) await trainingLearningRepository.completeEnrolment(tx, key, { completionId, completedAt });
    await trainingSessionsRepository.setAttendanceCompletion(tx, session.id, personId, completionId);
    if (deps.jobs) {
      await deps.jobs.enqueueRenders(tx, [
        { type: 'trainingCertificate', tenantId, completionId, issuedBy: actor.userId },
      ]);
    }
  }
  await recordAudit(
    tx,
    tenantId,
    actor,
    'training.attendanceRecorded',
    { type: 'trainingSession', id: session.id },
    {
      recorded,
      source,
    },
  );
  return { recorded, alreadyRecorded: new Set(input.personIds).size - recorded };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Names compare after trimming, collapsing spaces and case folding; nothing fuzzier. */
export function foldName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

type ImportLine = { line: number; cells: string[] };
export type UnmatchedLine = { line: number; text: string; reason: 'noMatch' | 'ambiguousName' };

function parseList(list: string): ImportLine[] {
  return list
    .split(/\r?\n/)
    .map((line, index) => ({
      line: index + 1,
      cells: line
        .split(/[,;\t]/)
        .map((cell) => cell.trim())
        .filter(Boolean),
    }))
    .filter((row) => row.cells.length > 0);
}

/** People whose full name is one of the line's cells, or all its cells read as one name ("Surname, Name"). */
function byName(row: ImportLine, names: Map<string, string[]>): string[] {
  const keys = new Set([...row.cells, row.cells.join(' ')].map(foldName));
  return [...new Set([...keys].flatMap((key) => names.get(key) ?? []))];
}

/**
 * An attendance list pasted or exported from a sign-in sheet: one person a line, identified by
 * e-mail or personnel number (any column), or else by full name. A name shared by several people is
 * reported, never guessed; so is a line that matches nobody.
 */
export async function importAttendance(
  tx: Executor,
  deps: AppDeps,
  tenantId: string,
  actor: Actor,
  input: { sessionId: string; list: string },
) {
  if (!(await trainingSessionsRepository.findSession(tx, input.sessionId))) throw notFound('trainingSession');
  const lines = parseList(input.list);
  const emails = lines.flatMap((row) =>
    row.cells.filter((cell) => EMAIL.test(cell)).map((cell) => cell.toLowerCase()),
  );
  const numbers = lines.flatMap((row) => row.cells.filter((cell) => !EMAIL.test(cell)));
  const people = await trainingSessionsRepository.peopleByEmailOrNumber(tx, emails, numbers);
  let names: Map<string, string[]> | null = null;
  const matched: string[] = [];
  const unmatched: UnmatchedLine[] = [];
  for (const row of lines) {
    const text = row.cells.join(', ').slice(0, 200);
    const person = people.find(
      (candidate) =>
        row.cells.some((cell) => candidate.email !== null && cell.toLowerCase() === candidate.email) ||
        row.cells.some((cell) => candidate.number !== null && cell === candidate.number),
    );
    if (person) {
      matched.push(person.id);
      continue;
    }
    names ??= await nameIndex(tx);
    const candidates = byName(row, names);
    if (candidates.length === 1 && candidates[0]) matched.push(candidates[0]);
    else
      unmatched.push({ line: row.line, text, reason: candidates.length > 1 ? 'ambiguousName' : 'noMatch' });
  }
  const outcome = await recordAttendance(
    tx,
    deps,
    tenantId,
    actor,
    { sessionId: input.sessionId, personIds: matched },
    'import',
  );
  return { ...outcome, matched: new Set(matched).size, unmatched };
}

async function nameIndex(tx: Executor): Promise<Map<string, string[]>> {
  const index = new Map<string, string[]>();
  for (const person of await trainingSessionsRepository.activePeopleNames(tx)) {
    const key = foldName(person.fullName);
    index.set(key, [...(index.get(key) ?? []), person.id]);
  }
  return index;
}
