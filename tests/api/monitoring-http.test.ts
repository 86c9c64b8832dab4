import { HttpClient } from '../support/http-client.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
let staff: HttpClient;
let hr: HttpClient;

beforeAll(async () => {
  server = await startTestServer();
  staff = new HttpClient(server.url);
  await staff.mutation('auth.signIn', server.logins.projectStaff);
  hr = new HttpClient(server.url);
  await hr.mutation('auth.signIn', server.logins.hrOfficer);
});
afterAll(() => server.stop());

describe('monitoring over HTTP', () => {
  test('project staff export the donor report’s data as CSV and XLSX, an HR officer cannot', async () => {
    const csv = await staff.get('/api/monitoring/export.csv?kind=company&language=ru');
    expect(csv.status).toBe(200);
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const text = bytes.toString('utf8');
    expect(text).toContain('"Indicator";"Value";"Target"');
    expect(text).toContain('"Organisation";"Kind";"Stage"');
    const xlsx = await staff.get('/api/monitoring/export.xlsx');
    expect(xlsx.status).toBe(200);
    expect(
      Buffer.from(await xlsx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    expect((await hr.get('/api/monitoring/export.csv')).status).toBe(403);
  });

  test('the donor report downloads as a PDF for project staff only', async () => {
    const issued = await staff.mutation<{ documentId: string; publicId: string }>(
      'monitoring.issueDonorReport',
      {
        language: 'ru',
      },
    );
    const pdf = await staff.get(`/api/monitoring/donor-report/${issued.documentId}.pdf`);
    expect(pdf.status).toBe(200);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect((await hr.get(`/api/monitoring/donor-report/${issued.documentId}.pdf`)).status).toBe(403);
  }, 120_000);
});
