import { type CountingServer, startCountingServer } from '../test-support/local-server.js';
import { pdfText } from '../test-support/poppler.js';
import { BrowserPool } from './browser-pool.js';
import { BrowserPoolClosedError, JobTimeoutError } from './errors.js';

const pool = new BrowserPool({ size: 2, timeoutMs: 15_000 });
let server: CountingServer;

beforeAll(async () => {
  server = await startCountingServer();
});

afterAll(async () => {
  await pool.close();
  await server.close();
});

function hostileHtml(port: number): string {
  const local = `http://127.0.0.1:${port}`;
  return `<!doctype html><html><head>
    <link rel="stylesheet" href="${local}/style.css">
    <link rel="preconnect" href="${local}">
    <link rel="prefetch" href="${local}/prefetch">
    <style>
      @import url("${local}/import.css");
      @font-face { font-family: Remote; src: url("${local}/font.woff2"); }
      body { background-image: url("${local}/bg.png"); font-family: Remote; }
    </style>
    <script src="${local}/script.js"></script>
  </head><body>
    <p>static text</p>
    <img src="http://example.com/x.png">
    <img src="${local}/x.png">
    <img src="http://localhost:${port}/localhost.png">
    <iframe src="${local}/frame"></iframe>
    <object data="${local}/object"></object>
    <video poster="${local}/poster.png"></video>
  </body></html>`;
}

describe('BrowserPool sandbox', () => {
  it('lets no request leave the page, neither to the internet nor to loopback', async () => {
    const pdf = await pool.renderPdf(hostileHtml(server.port));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // Give any late pre-connect a moment to arrive before asserting that none did.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(server.requests()).toBe(0);
    expect(server.connections()).toBe(0);
  });

  it('does not run scripts', async () => {
    const pdf = await pool.renderPdf(
      '<!doctype html><p id="p">static text</p><script>document.getElementById("p").textContent = "script ran";</script>',
    );
    const text = await pdfText(pdf);
    expect(text).toContain('static text');
    expect(text).not.toContain('script ran');
  });
});

describe('BrowserPool scheduling', () => {
  it('never runs more jobs at once than it has pages, and queues the rest', async () => {
    let running = 0;
    let peak = 0;
    const jobs = Array.from({ length: 6 }, () =>
      pool.withPage(async () => {
        running++;
        peak = Math.max(peak, running);
        await new Promise((resolve) => setTimeout(resolve, 50));
        running--;
      }),
    );
    await Promise.all(jobs);
    expect(peak).toBe(2);
  });

  it('gives up on a job after the timeout and keeps serving', async () => {
    const quick = new BrowserPool({ size: 1, timeoutMs: 500 });
    try {
      await expect(
        quick.withPage(() => new Promise((resolve) => setTimeout(resolve, 3_000))),
      ).rejects.toBeInstanceOf(JobTimeoutError);
      await expect(quick.withPage(async (page) => page.isClosed())).resolves.toBe(false);
    } finally {
      await quick.close();
    }
  });

  it('relaunches Chromium after the browser process is killed', async () => {
    await pool.renderPdf('<p>before</p>');
    const pid = await pool.browserPid();
    expect(pid).toBeDefined();
    process.kill(pid as number, 'SIGKILL');

    const pdf = await pool.renderPdf('<p>after the crash</p>');
    expect(await pdfText(pdf)).toContain('after the crash');
    const newPid = await pool.browserPid();
    expect(newPid).toBeDefined();
    expect(newPid).not.toBe(pid);
  });

  it('replaces a page after jobsPerPage documents and reuses it until then', async () => {
    const recycling = new BrowserPool({ size: 1, jobsPerPage: 2 });
    try {
      const pages = [];
      for (let job = 0; job < 3; job++) pages.push(await recycling.withPage(async (page) => page));
      expect(pages[1]).toBe(pages[0]);
      expect(pages[2]).not.toBe(pages[0]);
    } finally {
      await recycling.close();
    }
  });

  it('rejects work once closed', async () => {
    const closing = new BrowserPool({ size: 1 });
    await closing.close();
    await expect(closing.renderPdf('<p>x</p>')).rejects.toBeInstanceOf(BrowserPoolClosedError);
  });

  it('explains how to install Chromium when the executable is missing', async () => {
    const missing = new BrowserPool({ size: 1, executablePath: '/nonexistent/chromium' });
    try {
      await expect(missing.renderPdf('<p>x</p>')).rejects.toThrow(
        /apt-get install -y --no-install-recommends chromium.*PUPPETEER_EXECUTABLE_PATH/,
      );
    } finally {
      await missing.close();
    }
  });
});
