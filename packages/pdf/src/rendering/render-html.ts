import Handlebars from 'handlebars';
import type { DocumentParts } from '../browser/document-shell.js';
import { type FontFamily, fontFaceCss } from '../fonts/font-face-css.js';
import { subsetsFor } from '../fonts/font-subsets.js';
import {
  parseRenderRequest,
  type RenderRequest,
  type ValidRenderRequest,
} from '../schemas/render-request.js';
import { CONTENT_SECURITY_POLICY } from './content-security-policy.js';
import { documentTitle, documentView } from './document-views.js';
import { headerLogoCss } from './header-logo.js';
import { qrCodeDataUrl } from './qr-code.js';
import { splitDocument } from './split-document.js';
import { lookupString } from './strings.js';
import type { TemplateContext } from './template-context.js';
import { loadTemplateSet, type TemplateSet } from './template-set.js';

export interface RenderHtmlOptions {
  templatesDir?: string;
}

export interface PreparedDocument {
  /** Self-contained HTML with the font subsets it needs, for setContent or a preview. */
  html: string;
  /** The same document for printInShell, which keeps the fonts loaded between documents. */
  parts: DocumentParts;
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
  const raw = templates.render(valid.kind, context);
  const html = insertFonts(raw, fontFamilies(valid), marginBoxText(valid, templates));
  const parts = splitDocument(raw, `<style>${FONT_MARKER}</style>`);
  return { html, parts, title: context.document.title, request: valid };
}

/** Stands in for the @font-face rules until the document's characters are known. */
const FONT_MARKER = '/* qorgau:font-faces */';

/**
 * Embeds only the font subsets the document's characters need. The marker sits in <head> before
 * <title>, ahead of any tenant data, so the first occurrence is always the layout's own.
 */
function insertFonts(html: string, families: FontFamily[], extraText: string): string {
  const at = html.indexOf(FONT_MARKER);
  const title = html.indexOf('<title>');
  if (at < 0 || title < 0 || at > title) throw new Error('layout must put the font style before <title>');
  const css = fontFaceCss(families, subsetsFor(html + extraText));
  return html.slice(0, at) + css + html.slice(at + FONT_MARKER.length);
}

function fontFamilies(request: ValidRenderRequest): FontFamily[] {
  return request.kind === 'training-certificate' ? ['sans', 'serif'] : ['sans'];
}

/** Margin-box text reaches the HTML only as CSS hex escapes, so its characters are added here. */
function marginBoxText(request: ValidRenderRequest, templates: TemplateSet): string {
  const t = (key: string) => lookupString(templates.strings, request.language, key);
  return [
    request.organization.name,
    t('common.documentId'),
    t('common.page'),
    t('signature.development'),
  ].join(' ');
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
    csp: CONTENT_SECURITY_POLICY,
    timeZone: organization.timeZone,
    kind: request.kind,
    pageSize: certificate ? 'A4 landscape' : 'A4',
    fontCss: new Handlebars.SafeString(FONT_MARKER),
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
