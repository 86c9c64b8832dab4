import Handlebars from 'handlebars';
import { fontFaceCss } from '../fonts/font-face-css.js';
import { parseRenderRequest, type RenderRequest, type ValidRenderRequest } from '../schemas/render-request.js';
import { documentTitle, documentView } from './document-views.js';
import { headerLogoCss } from './header-logo.js';
import { qrCodeDataUrl } from './qr-code.js';
import type { TemplateContext } from './template-context.js';
import { loadTemplateSet, type TemplateSet } from './template-set.js';

export interface RenderHtmlOptions {
  templatesDir?: string;
}

/** Validates the request and fills the kind's template. The result is self-contained HTML. */
export async function renderDocumentHtml(request: RenderRequest, options: RenderHtmlOptions = {}): Promise<string> {
  const valid = parseRenderRequest(request);
  const templates = loadTemplateSet(options.templatesDir);
  return templates.render(valid.kind, await buildContext(valid, templates));
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
    logoCss: organization.logoDataUrl ? new Handlebars.SafeString(headerLogoCss(organization.logoDataUrl)) : undefined,
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
