import * as Y from 'yjs';
import { readFileSync } from 'node:fs';
const state = readFileSync(process.argv[2]);
for (let i = 0; i < 3; i++) {
  const s = performance.now();
  const d = new Y.Doc(); Y.applyUpdate(d, state);
  const m = performance.now() - s;
  const e = performance.now(); Y.encodeStateAsUpdate(d); 
  console.log('load', m.toFixed(0), 'encode', (performance.now()-e).toFixed(0), 'heap MB', (process.memoryUsage().heapUsed/1e6).toFixed(0));
}
