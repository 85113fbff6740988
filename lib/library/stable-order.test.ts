import { describe, expect, it } from 'vitest';
import { keepOrder } from './stable-order';

describe('keepOrder', () => {
  it('keeps rows in place when their sort key changes, and puts new rows on top', () => {
    // "b" was retired: sorted by update it would jump to the top.
    const fresh = ['b', 'copy', 'a', 'c'];
    expect(keepOrder(['a', 'b', 'c'], fresh, new Set(fresh))).toEqual(['copy', 'a', 'b', 'c']);
  });

  it('keeps a row that left the filter or awaits undo, and drops one that is gone', () => {
    expect(keepOrder(['a', 'b', 'c'], ['a'], new Set(['a', 'b']))).toEqual(['a', 'b']);
  });

  it('starts from the fresh order when there was none', () => {
    expect(keepOrder([], ['x', 'y'], new Set(['x', 'y']))).toEqual(['x', 'y']);
  });
});
