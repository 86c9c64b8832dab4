import { pdfAscii } from './sign-pdf.js';

describe('pdfAscii', () => {
  it('keeps ASCII, folds accents and dashes, and masks the rest', () => {
    expect(pdfAscii('Issued by Qorgau: policy QRG-1')).toBe('Issued by Qorgau: policy QRG-1');
    expect(pdfAscii('Café — Ornek')).toBe('Cafe - Ornek');
    expect(pdfAscii('Қ')).toBe('?');
  });
});
