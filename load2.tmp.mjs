import * as Y from 'yjs';
import { readFileSync } from 'node:fs';
const state = readFileSync(process.argv[2]);
const rows = [];
for (let i = 0; i < 4; i++) {
  const c0 = process.cpuUsage(); const s = performance.now();
  const d = new Y.Doc(); Y.applyUpdate(d, state);
  const c1 = process.cpuUsage(c0); const wall = performance.now() - s;
  let structs = 0; for (const x of d.store.clients.values()) structs += x.length;
  rows.push(`wall ${wall.toFixed(0)} cpu ${((c1.user + c1.system)/1000).toFixed(0)}`);
  if (i === 3) console.log(process.argv[2], state.length, 'bytes', structs, 'structs', rows.join(' | '));
  d.destroy();
}
