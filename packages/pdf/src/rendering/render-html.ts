import Handlebars from 'handlebars';
import { fontFaceCss } from '../fonts/font-face-css.js';
import {
  parseRenderRequest,
  type RenderRequest,
  type ValidRenderRequest,
} from '../schemas/render-request.js';
import { documentTitle, documentView } from './document-views.js';
import { headerLogoCss } from './header-logo.js';
import { qrCodeDataUrl } from './qr-code.js';
import type { TemplateContext } from './template-context.js';
import { loadTemplateSet, type TemplateSet } from './template-set.js';

export interface RenderHtmlOptions {
  templatesDir?: string;
}

export interface PreparedDocument {
  html: string;
  title: string;
  request: ValidRenderRequest;
}

/** Validates the request and fills the kind's template. The HTML is self-contained. */
export async function prepareDocument(
  request: RenderRequest,
  options: RenderHtmlOptions = {},
): Promise<PreparedDocument> {
  const valid = parseRenderRequest(request);
  const templates = loadTemplateSet(options.templatesDir);
  const context = await buildContext(valid, templates);
  return { html: templates.render(valid.kind, context), title: context.document.title, request: valid };
}

export async function renderDocumentHtml(
  request: RenderRequest,
  options: RenderHtmlOptions = {},
): Promise<string> {
  return (await prepareDocument(request, options)).html;
}

async function buildContext(request: ValidRenderRequest, templates: TemplateSet): Promise<TemplateContext> {
  const { organization } = request;
  const certificate = request.kind === 'training-certificate';
  return {
    lang: request.language,
    timeZone: organization.timeZone,
    kind: request.kind,
    pageSize: certificate ? 'A4 landscape' : 'A4',
    fontCss: new Handlebars.SafeString(fontFaceCss(certificate ? ['sans', 'serif'] : ['sans'])),
    styles: new Handlebars.SafeString(templates.styles(request.kind)),
    organization: { name: organization.name, bin: organization.bin, address: organization.address },
    logoCss: organization.logoDataUrl
      ? new Handlebars.SafeString(headerLogoCss(organization.logoDataUrl))
      : undefined,
    document: {
      id: request.documentId,
      title: documentTitle(request, templates.strings),
      verifyUrl: request.verifyUrl,
      qrDataUrl: await qrCodeDataUrl(request.verifyUrl),
    },
    seal: request.seal,
    data: request.data,
    view: documentView(request),
  };
}
