// Jest loads global setup outside its ESM transform, so the TypeScript is loaded through tsx.
import { tsImport } from 'tsx/esm/api';

export default async function globalSetup() {
  const { prepareTestDatabase } = await tsImport('./prepare-test-database.ts', import.meta.url);
  globalThis.__qorgauStopTestServer = await prepareTestDatabase();
}
