import type { Role } from '@qorgau/core';

export const DEMO_PASSWORD = 'Qorgau-demo-2026';

export interface DemoLogin {
  email: string;
  fullName: string;
  role: Role;
  organizationKey: string;
  /** Index of the directory entry this account belongs to, if any. */
  personIndex: number | null;
  language: 'kk' | 'ru' | 'en';
}

export const DEMO_LOGINS: DemoLogin[] = [
  {
    email: 'programme@qorgau.demo',
    fullName: 'Сәуле Қасымова',
    role: 'project_staff',
    organizationKey: 'ngo',
    personIndex: 0,
    language: 'ru',
  },
  {
    email: 'hr@qorgau.demo',
    fullName: 'Айгүл Нұрпейісова',
    role: 'hr_officer',
    organizationKey: 'dala-energy',
    personIndex: 0,
    language: 'ru',
  },
  {
    email: 'board@qorgau.demo',
    fullName: 'Ерлан Оспанов',
    role: 'board_secretary',
    organizationKey: 'dala-energy',
    personIndex: 1,
    language: 'kk',
  },
  {
    email: 'ethics@qorgau.demo',
    fullName: 'Динара Сәрсенбаева',
    role: 'ethics_officer',
    organizationKey: 'dala-energy',
    personIndex: 2,
    language: 'kk',
  },
  {
    email: 'staff@qorgau.demo',
    fullName: 'Андрей Ким',
    role: 'member',
    organizationKey: 'dala-energy',
    personIndex: 3,
    language: 'ru',
  },
  {
    email: 'hr.university@qorgau.demo',
    fullName: 'Гүлназ Төлеубаева',
    role: 'hr_officer',
    organizationKey: 'dala-tech',
    personIndex: 0,
    language: 'kk',
  },
];
