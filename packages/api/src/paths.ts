import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file so commands work from any working directory. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const TEMPLATES_DIR = path.join(REPO_ROOT, 'templates');
export const WEB_DIST_DIR = path.join(REPO_ROOT, 'packages/web/dist');
