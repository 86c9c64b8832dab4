import { DomainError } from '@qorgau/core';
import { type Executor, importsRepository, organizationsRepository } from '@qorgau/db';
import {
  type ColumnMapping,
  type ExistingPerson,
  MappingError,
  type MappingProblemCode,
  type ParsedPerson,
  parseMapping,
  planImport,
  readSheet,
  SheetReadError,
  suggestMapping,
  validateRows,
} from '@qorgau/people-import';
import { type Actor, recordAudit } from '../audit.js';

export async function existingPeople(tx: Executor): Promise<ExistingPerson[]> {
  return (await importsRepository.directoryForImport(tx)) as ExistingPerson[];
}

const MAPPING_MESSAGES: Record<MappingProblemCode, string> = {
  invalidShape: 'import.mappingInvalid',
  columnOutOfRange: 'import.mappingInvalid',
  identityColumn: 'import.mappingInvalid',
  fullNameNotMapped: 'import.mappingNoName',
  keyNotMapped: 'import.mappingNoKey',
  columnUsedTwice: 'import.mappingTwice',
};

/** HR's own choice of columns, checked against the file's headers (never an ИИН column). */
function chosenMapping(mapping: unknown, headers: string[]): ColumnMapping {
  try {
    return parseMapping(mapping, headers);
  } catch (error) {
    if (!(error instanceof MappingError)) throw error;
    const [first] = error.problems;
    throw new DomainError('INVALID', MAPPING_MESSAGES[first?.code ?? 'invalidShape'], 'mapping');
  }
}

/**
 * Reads the file, validates every row and plans the changes, without changing the directory. The
 * valid rows are kept with the run so "apply" imports exactly what was previewed.
 */
export async function previewImport(
  tx: Executor,
  tenantId: string,
  actor: Actor,
  file: { bytes: Buffer; fileName: string; mapping?: unknown },
  today: string,
) {
  const organization = await organizationsRepository.currentOrganization(tx);
  if (!organization) throw new DomainError('NOT_FOUND', 'organization.notFound');
  let sheet: Awaited<ReturnType<typeof readSheet>>;
  try {
    sheet = await readSheet(file.bytes, file.fileName);
  } catch (error) {
    if (error instanceof SheetReadError) throw new DomainError('INVALID', `import.${error.code}`, 'file');
    throw error;
  }
  const suggested = suggestMapping(sheet.headers);
  const mapping = file.mapping === undefined ? suggested : chosenMapping(file.mapping, sheet.headers);
  if (mapping.fullName === undefined) throw new DomainError('INVALID', 'import.noNameColumn', 'file');
  const { valid, rejected, rejectedKeys } = validateRows(sheet, mapping, {
    today,
    defaultLanguage: organization.default_language,
    defaultKind: organization.kind === 'university' ? 'student' : 'employee',
  });
  const existing = await existingPeople(tx);
  const withDeactivation = planImport(existing, valid, { deactivateMissing: true, keepActive: rejectedKeys });
  const runId = await importsRepository.insertImportRun(tx, {
    tenantId,
    fileName: file.fileName.slice(0, 255),
    format: sheet.format,
    totalRows: sheet.rows.length,
    rejected,
    validRows: { valid, rejectedKeys },
    createdBy: actor.userId,
  });
  await recordAudit(
    tx,
    tenantId,
    actor,
    'people.importPreviewed',
    { type: 'importRun', id: runId },
    {
      rows: sheet.rows.length,
      rejected: rejected.length,
    },
  );
  return {
    runId,
    format: sheet.format,
    headers: sheet.headers,
    omittedHeaders: sheet.omittedHeaders,
    mapping,
    suggestedMapping: suggested,
    totalRows: sheet.rows.length,
    rejected,
    conflicts: withDeactivation.conflicts,
    plan: {
      add: withDeactivation.add.length,
      update: withDeactivation.update.length,
      unchanged: withDeactivation.unchanged,
      unitsToCreate: withDeactivation.unitsToCreate,
      // Listed so HR sees who would be deactivated before choosing the option.
      wouldDeactivate: withDeactivation.deactivate,
    },
  };
}

export type StoredRows = {
  valid: ParsedPerson[];
  rejectedKeys: { number: string | null; email: string | null }[];
};
