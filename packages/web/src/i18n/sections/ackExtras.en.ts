import { plural } from '../plural';

/** Campaign audiences, scanned minutes, the extract retry, and the import's column mapping and progress. */
export const ackExtrasEn = {
  audience: {
    some: 'Only some people',
    someHint:
      'Fill in one or more of the parts below. A person is included only if they match every part you fill in.',
    units: 'Units',
    roles: 'Roles',
    rolesHint: 'Employee or student, and the position as recorded in the staff directory.',
    kinds: 'Type',
    positions: 'Positions',
    positionsFilter: 'Find a position',
    positionsNone: 'No positions are recorded in the directory yet.',
    positionsNoMatch: 'No position matches.',
    joined: 'Joined on or after',
    joinedHint:
      'The hiring date from the directory; for people without one, the day they were added to Qorgau. New joiners who match are added automatically.',
    count: (count: number) =>
      plural('en', count, {
        one: '{n} person is in this audience now.',
        other: '{n} people are in this audience now.',
      }),
    counting: 'Counting…',
    summary: {
      everyone: 'Everyone',
      units: (count: number) => plural('en', count, { one: '{n} unit', other: '{n} units' }),
      positions: (count: number) => plural('en', count, { one: '{n} position', other: '{n} positions' }),
      joined: (date: string) => `joined from ${date}`,
    },
  },
  minutes: {
    title: 'Scanned minutes',
    pick: 'Scanned minutes (PDF)',
    pickHint:
      'Optional. A PDF of up to 20 MB, kept with the adoption record. Once attached, it cannot be replaced.',
    choose: 'Choose a PDF',
    remove: 'Remove the file',
    chosen: (name: string, size: string) => `${name} · ${size}`,
    uploading: 'Attaching the scanned minutes…',
    attached: 'The scanned minutes are attached.',
    none: 'No scanned minutes are attached.',
    attach: 'Attach the scanned minutes',
    notAttached: 'The adoption is recorded, but the scanned minutes were not attached:',
    download: 'Download the scanned minutes (PDF)',
    fileName: 'File',
    size: 'Size',
    sha256: 'SHA-256 of the file',
    uploadedAt: 'Attached',
  },
  extract: {
    failed:
      'The extract could not be produced. Try again; if it fails again, contact the programme team and give them the version number.',
    retry: 'Try again',
    retrying: 'Trying again…',
  },
  mapping: {
    title: 'Columns',
    intro:
      'Check which column of the file holds each piece of information. Change any that were recognised wrongly, then check the file again.',
    notImported: '— not imported —',
    required: 'required',
    keyHint: 'People are matched by their number or, without one, by email: choose at least one of the two.',
    apply: 'Check the file again with these columns',
    reset: 'Go back to the recognised columns',
    changed: 'You changed the columns. Check the file again to see what they give.',
  },
  progress: {
    label: 'Import progress',
    preparing: 'Preparing the import…',
    rows: (done: string, total: string) => `${done} of ${total} rows written`,
    finishing: 'Saving everything at once…',
    note: 'Keep this page open. Nothing is saved until every row is written.',
  },
  assignedToCampaign: 'Asked to read the policy',
};

/** Error keys the API answers for these features (merged into errors.messages). */
export const ackExtrasErrorsEn = {
  'adoption.notFound': 'This adoption record does not exist.',
  'adoption.minutesNotPdf': 'This file is not a PDF. Scan the minutes to PDF and choose that file.',
  'adoption.minutesTooLarge':
    'The file is larger than 20 MB. Scan at a lower resolution, or in black and white.',
  'adoption.minutesEmpty': 'The file is empty. Choose the PDF again.',
  'adoption.minutesAlreadyAttached':
    'Scanned minutes are already attached to this adoption. They cannot be replaced.',
  'adoption.minutesNotFound': 'No scanned minutes are attached to this adoption.',
  'import.mappingInvalid': 'These columns cannot be used. Choose them again.',
  'import.mappingNoName': 'Choose the column with full names.',
  'import.mappingNoKey':
    'Choose the column with the employee or student number, or the one with email addresses.',
  'import.mappingTwice': 'The same column is chosen for two fields. Each column can be used once.',
  chooseRole: 'Choose at least one.',
  chooseAudience: 'Choose at least one unit, type, position or date.',
};
