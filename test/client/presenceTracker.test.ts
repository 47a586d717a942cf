/**
 * Colleagues' presence as the page reads it from awareness (network data: any client on the same
 * link may send any state, a stock y-websocket client none of Fremskriv's fields). A state without
 * a valid `user` lists nobody and draws no cursor (no ghost cursor without a name); a colleague
 * with a valid `user` and a malformed cursor is still listed, without a cursor; nothing throws.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { PresenceTracker } from '../../client/src/presence/PresenceTracker.js';

const made: { destroy(): void }[] = [];
afterEach(() => {
  for (const thing of made.splice(0).reverse()) thing.destroy();
});

/** This planner's tracker, and a way to deliver a colleague's awareness state to it as the network would. */
function planner(): { tracker: PresenceTracker; receive(clientId: number, state: Record<string, unknown> | null): void } {
  const doc = new Y.Doc();
  const awareness = new Awareness(doc);
  const tracker = new PresenceTracker(awareness, { name: 'Mette', colour: '#1f77b4', named: true }, false);
  made.push(doc, awareness, tracker);
  // One awareness per colleague, so that a later state of theirs is newer (its clock moves on).
  const colleagues = new Map<number, Awareness>();
  return {
    tracker,
    receive(clientId, state) {
      let colleague = colleagues.get(clientId);
      if (colleague === undefined) {
        const colleagueDoc = new Y.Doc();
        colleagueDoc.clientID = clientId;
        colleague = new Awareness(colleagueDoc);
        colleagues.set(clientId, colleague);
        made.push(colleagueDoc, colleague);
      }
      colleague.setLocalState(state);
      applyAwarenessUpdate(awareness, encodeAwarenessUpdate(colleague, [clientId]), 'network');
    },
  };
}

describe("a colleague's presence", () => {
  it('is listed with name, colour and cursor when the state is whole', () => {
    const { tracker, receive } = planner();
    receive(101, { user: { name: 'Bo', colour: '#ff7f0e' }, cursor: { sheetId: 's1', row: 4, col: 2 } });
    expect(tracker.peers.get()).toEqual([{ clientId: 101, name: 'Bo', colour: '#ff7f0e', viewer: false, cursor: { sheetId: 's1', row: 4, col: 2 } }]);
  });

  it.each<[string, Record<string, unknown>]>([
    ['no user at all, only a cursor (a ghost cursor)', { cursor: { sheetId: 's1', row: 4, col: 2 } }],
    ['an empty state', {}],
    ['a user without a name', { user: { colour: '#ff7f0e' }, cursor: { sheetId: 's1', row: 0, col: 0 } }],
    ['a user of another app (American spelling, no colour)', { user: { name: 'Bo', color: '#ff7f0e' } }],
    ['a user that is text', { user: 'Bo', cursor: { sheetId: 's1', row: 0, col: 0 } }],
    ['a user that is null', { user: null }],
  ])('with %s lists nobody and draws no cursor, without throwing', (_case, state) => {
    const { tracker, receive } = planner();
    expect(() => receive(102, state)).not.toThrow();
    expect(tracker.peers.get()).toEqual([]);
  });

  it.each<[string, unknown]>([
    ['a negative row', { sheetId: 's1', row: -1, col: 0 }],
    ['a row that is text', { sheetId: 's1', row: '4', col: 0 }],
    ['a cursor that is a number', 7],
  ])('with a valid user and %s is listed without a cursor', (_case, cursor) => {
    const { tracker, receive } = planner();
    receive(103, { user: { name: 'Bo', colour: '#ff7f0e', viewer: true }, cursor });
    expect(tracker.peers.get()).toEqual([{ clientId: 103, name: 'Bo', colour: '#ff7f0e', viewer: true, cursor: null }]);
  });

  it.each<[string, string, string]>([
    ['a right-to-left override (shown as "annA")', '\u202EAnna', 'Anna'],
    ['a line break, reading as two names', 'Anna\nGemt af Bo', 'Anna Gemt af Bo'],
    ['zero-width characters around it', '\u200B\u200BBo\u2066', 'Bo'],
  ])('with %s in the name is listed by the name as plain text', (_case, name, shown) => {
    const { tracker, receive } = planner();
    receive(105, { user: { name, colour: '#ff7f0e' } });
    expect(tracker.peers.get()).toEqual([{ clientId: 105, name: shown, colour: '#ff7f0e', viewer: false, cursor: null }]);
  });

  it('with a name of nothing but zero-width and control characters lists nobody', () => {
    const { tracker, receive } = planner();
    receive(106, { user: { name: '\u200B\u200D\u0007', colour: '#ff7f0e' } });
    expect(tracker.peers.get()).toEqual([]);
  });

  it('that loses its user (a later state without one) is no longer listed, and its cursor goes with it', () => {
    const { tracker, receive } = planner();
    receive(104, { user: { name: 'Bo', colour: '#ff7f0e' }, cursor: { sheetId: 's1', row: 1, col: 1 } });
    expect(tracker.peers.get()).toHaveLength(1);
    receive(104, { cursor: { sheetId: 's1', row: 2, col: 2 } });
    expect(tracker.peers.get()).toEqual([]);
  });
});
