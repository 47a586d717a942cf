// The version writer thread's entry: plain JavaScript, so it loads however the server was started
// (as server/work/workerBootstrap.mjs does for the work pool's threads).
import { register } from 'tsx/esm/api';

register();
await import('./versionWriterThread.ts');
