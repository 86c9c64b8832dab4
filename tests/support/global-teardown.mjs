export default async function globalTeardown() {
  const stop = globalThis.__qorgauStopTestServer;
  if (!stop) throw new Error('global setup did not register its teardown');
  await stop();
}
