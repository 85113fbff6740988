import { beforeEach, describe, expect, it } from 'vitest';
import { deleteContent, getContent, listContent, listContentByStatus, putContent } from './content';
import { storedContent } from '../../tests/support/builders';
import { useFreshDatabase } from '../../tests/support/fake-store';

describe('content store', () => {
  beforeEach(useFreshDatabase);

  it('puts, gets, replaces, lists and deletes', async () => {
    expect(await listContent()).toEqual([]);
    const item = storedContent({ id: 'c1' });
    await putContent(item);
    expect(await getContent('c1')).toEqual(item);

    await putContent({ ...item, title: 'Renamed' });
    expect((await getContent('c1'))?.title).toBe('Renamed');
    await putContent(storedContent({ id: 'c2' }));
    expect((await listContent()).map((c) => c.id)).toEqual(['c1', 'c2']);

    await deleteContent('c1');
    expect(await getContent('c1')).toBeUndefined();
    expect((await listContent()).map((c) => c.id)).toEqual(['c2']);
  });

  it('lists by status', async () => {
    await putContent(storedContent({ id: 'a', status: 'approved' }));
    await putContent(storedContent({ id: 'd', status: 'draft' }));
    await putContent(storedContent({ id: 'b', status: 'approved' }));
    expect((await listContentByStatus('approved')).map((c) => c.id)).toEqual(['a', 'b']);
    expect((await listContentByStatus('draft')).map((c) => c.id)).toEqual(['d']);
    expect(await listContentByStatus('retired')).toEqual([]);
  });
});
