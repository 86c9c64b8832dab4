// Worker threads do not inherit this process's TypeScript loader, so the worker registers it first.
import { register } from 'tsx/esm/api';

register();
await import('./http-load-worker.ts');
