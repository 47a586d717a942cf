// The worker thread's entry: plain JavaScript, so it loads however the server was started
// (`node --import tsx`, `tsx`, vitest). It registers tsx in this thread, then loads the
// TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./workerMain.ts');
