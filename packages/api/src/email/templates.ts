import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Language, LOCALE_TAGS, type Role } from '@qorgau/core';
import Handlebars from 'handlebars';
import { TEMPLATES_DIR } from '../paths.js';

export const EMAIL_TEMPLATES = [
  'invitation',
  'password-reset',
  'ack-invite',
  'ack-reminder',
  'ack-escalation',
  'training-reminder',
  'training-escalation',
] as const;
export type EmailTemplate = (typeof EMAIL_TEMPLATES)[number];

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

const ROLE_NAMES: Record<Language, Record<Role, string>> = {
  en: {
    project_staff: 'project staff',
    hr_officer: 'HR officer',
    board_secretary: 'board secretary',
    ethics_officer: 'ethics commissioner',
    member: 'staff member',
  },
  ru: {
    project_staff: 'сотрудник программы',
    hr_officer: 'HR-специалист',
    board_secretary: 'секретарь совета',
    ethics_officer: 'уполномоченный по этике',
    member: 'сотрудник',
  },
  kk: {
    project_staff: 'бағдарлама қызметкері',
    hr_officer: 'HR маманы',
    board_secretary: 'кеңес хатшысы',
    ethics_officer: 'әдеп жөніндегі уәкіл',
    member: 'қызметкер',
  },
};

export function roleName(language: Language, role: Role): string {
  return ROLE_NAMES[language][role];
}

export function formatDateTime(language: Language, date: Date): string {
  return new Intl.DateTimeFormat(LOCALE_TAGS[language], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Asia/Almaty',
  }).format(date);
}

const compiled = new Map<string, HandlebarsTemplateDelegate>();

function template(language: Language, name: EmailTemplate): HandlebarsTemplateDelegate {
  const key = `${language}/${name}`;
  let found = compiled.get(key);
  if (!found) {
    const source = readFileSync(path.join(TEMPLATES_DIR, 'email', language, `${name}.hbs`), 'utf8');
    // Plain-text mail: escaping would turn & in a name into &amp;. The HTML part escapes below.
    found = Handlebars.compile(source, { noEscape: true, strict: true });
    compiled.set(key, found);
  }
  return found;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function toHtml(body: string, link: string | undefined): string {
  const paragraphs = body
    .split(/\n{2,}/)
    .map((paragraph) => {
      const escaped = escapeHtml(paragraph).replaceAll('\n', '<br>');
      const linked = link
        ? escaped.replace(escapeHtml(link), `<a href="${escapeHtml(link)}">${escapeHtml(link)}</a>`)
        : escaped;
      return `<p>${linked}</p>`;
    })
    .join('\n');
  return `<!doctype html><html><body style="font-family: Arial, sans-serif; line-height: 1.5">${paragraphs}</body></html>`;
}

/** The first line of each template is the subject; the rest is the body. */
export function renderEmail(
  language: Language,
  name: EmailTemplate,
  values: Record<string, string | undefined>,
): RenderedEmail {
  const rendered = template(language, name)(values);
  const [subject = '', ...rest] = rendered.split('\n');
  const text = rest.join('\n').trim();
  return { subject: subject.trim(), text, html: toHtml(text, values.link) };
}
