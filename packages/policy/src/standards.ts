/**
 * The mandatory elements from shared/policy-standards.md. They live in code rather than in the manifest so
 * that an edited manifest cannot quietly drop an element from the compliance check.
 */
export const MANDATORY_ELEMENTS = [
  { id: 'M01', name: 'Zero-tolerance statement', benchmark: 'R206 7(a), C190 9(a)' },
  {
    id: 'M02',
    name: "Adopted in consultation with workers' (and students') representatives",
    benchmark: 'C190 9(a)',
  },
  { id: 'M03', name: 'Definition of violence and harassment', benchmark: 'C190 1(1)' },
  {
    id: 'M04',
    name: 'Sexual harassment: quid pro quo and hostile environment',
    benchmark: 'CEDAW GR19 para 18',
  },
  {
    id: 'M05',
    name: 'Discrimination on the Labour Code grounds or other circumstances',
    benchmark: 'Labour Code art. 6',
  },
  { id: 'M06', name: 'Abuse of authority', benchmark: 'UN ST/SGB/2019/8' },
  { id: 'M07', name: 'Examples of prohibited conduct, online included', benchmark: 'ILO C190 guide' },
  { id: 'M08', name: 'Who is protected', benchmark: 'C190 art. 2' },
  { id: 'M09', name: 'Where the policy applies', benchmark: 'C190 art. 3' },
  { id: 'M10', name: 'Prevention programme with measurable objectives', benchmark: 'R206 7(b)' },
  { id: 'M11', name: 'Rights and responsibilities, managers’ duty to act', benchmark: 'R206 7(c)' },
  {
    id: 'M12',
    name: 'Risk assessment incl. psychosocial risks and power relations',
    benchmark: 'C190 9(b)-(c), R206 8',
  },
  {
    id: 'M13',
    name: 'Information and training in accessible formats and languages',
    benchmark: 'C190 9(d), 11',
  },
  {
    id: 'M14',
    name: 'Complaint and investigation procedure with time limits',
    benchmark: 'R206 7(d), C190 10(b)',
  },
  { id: 'M15', name: 'Every report is considered and acted upon', benchmark: 'R206 7(e)' },
  { id: 'M16', name: 'Privacy and confidentiality', benchmark: 'R206 7(f), C190 10(c)' },
  { id: 'M17', name: 'Protection against retaliation', benchmark: 'R206 7(g)' },
  { id: 'M18', name: 'Support and referral, national hotline 111', benchmark: 'C190 10(b)(v), R206 17' },
  {
    id: 'M19',
    name: 'Sanctions within the Labour Code disciplinary list',
    benchmark: 'C190 10(d); Labour Code art. 64',
  },
  { id: 'M20', name: 'External routes stay open', benchmark: 'C190 10(b); CEDAW GR35' },
  {
    id: 'M21',
    name: 'Gender-responsive approach; domestic violence and work',
    benchmark: 'C190 4(2), 10(e)-(f)',
  },
  {
    id: 'M22',
    name: 'Familiarisation of every staff member with proof',
    benchmark: 'Labour Code employer duties',
  },
  {
    id: 'M23',
    name: 'Personal data: legal basis, storage in Kazakhstan, retention',
    benchmark: 'Personal Data Law arts. 7-8, 12',
  },
] as const;

export type ElementId = (typeof MANDATORY_ELEMENTS)[number]['id'];

export const ELEMENT_IDS = MANDATORY_ELEMENTS.map((e) => e.id) as [ElementId, ...ElementId[]];
