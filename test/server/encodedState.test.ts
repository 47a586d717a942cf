/** The encoded state the REST computations hand to the worker threads (server/work/encodedState.ts). */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { encodedState } from '../../server/work/encodedState.js';

describe('encodedState', () => {
  it('is encoded once per document state: a burst of requests shares it, and any change encodes anew', () => {
    const doc = new Y.Doc();
    try {
      doc.getMap('cells').set('a', 1);
      const first = encodedState(doc);
      expect(encodedState(doc)).toBe(first);
      doc.getMap('cells').set('a', 2);
      const second = encodedState(doc);
      expect(second).not.toBe(first);
      const copy = new Y.Doc();
      Y.applyUpdate(copy, second);
      expect(copy.getMap('cells').get('a'), 'the state after the change').toBe(2);
      copy.destroy();
      // A change from elsewhere (a colleague's update) counts too.
      const peer = new Y.Doc();
      Y.applyUpdate(peer, second);
      peer.getMap('cells').set('b', 3);
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(peer), 'peer');
      peer.destroy();
      expect(encodedState(doc)).not.toBe(second);
    } finally {
      doc.destroy();
    }
  });
});
