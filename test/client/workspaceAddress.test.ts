import { describe, expect, it } from 'vitest';
import { tokenFromFragment, workspaceIdFromPath } from '../../client/src/session/workspaceAddress.js';

describe('the workspace address', () => {
  it.each<[string, string | null]>([
    ['/w/abc_DEF-123', 'abc_DEF-123'],
    ['/w/abc/', 'abc'],
    ['/w/', null],
    ['/w/a%2Fb', null],
    ['/x/abc', null],
  ])('%s names workspace %s', (path, id) => {
    expect(workspaceIdFromPath(path)).toBe(id);
  });

  it('reads the token from the fragment and refuses anything that is not a token', () => {
    expect(tokenFromFragment('#token=zDFjopf5-Ks_fshp')).toBe('zDFjopf5-Ks_fshp');
    expect(tokenFromFragment('#other=1')).toBeNull();
    expect(tokenFromFragment('#token=<script>')).toBeNull();
  });
});
