import { beforeEach, describe, expect, it, vi } from 'vitest';
import { applyImport, deleteAllData, deleteContent, listApprovedContent, putContent } from './index';
import { getMeta, META } from './meta';
import { storedContent as sampleContent } from '../../tests/support/builders';
import { putRawMeta, useFreshDatabase as freshDatabase } from '../../tests/support/fake-store';

describe('the approved library as one record', () => {
  beforeEach(async () => {
    await freshDatabase();
  });

  it('builds the copy on first read and serves it until content changes', async () => {
    await putContent(sampleContent({ id: 'a', status: 'approved' }));
    await putContent(sampleContent({ id: 'd', status: 'draft' }));
    const indexReads = vi.spyOn(IDBIndex.prototype, 'getAll');
    expect((await listApprovedContent()).map((item) => item.id)).toEqual(['a']);
    expect(indexReads).toHaveBeenCalledTimes(1);
    expect(await getMeta(META.approvedCache)).toMatchObject({ items: [{ id: 'a' }] });

    // A second read comes from the copy: no index read, and the very same objects.
    const first = await listApprovedContent();
    expect(first.map((item) => item.id)).toEqual(['a']);
    expect(await listApprovedContent()).toBe(first);
    expect(indexReads).toHaveBeenCalledTimes(1);
    indexReads.mockRestore();
  });

  it('a change made by another context (a new stamp) is read, not the remembered copy', async () => {
    await putContent(sampleContent({ id: 'a', status: 'approved' }));
    const before = await listApprovedContent();
    // Another view writes: only the stored stamp and copy change, not this module's memory.
    await putRawMeta(META.approvedCache, { stamp: 'other-view', items: [sampleContent({ id: 'z', status: 'approved' })] });
    await putRawMeta(META.contentStamp, 'other-view');
    const after = await listApprovedContent();
    expect(after).not.toBe(before);
    expect(after.map((item) => item.id)).toEqual(['z']);
  });

  it('never serves a stale copy after a put, a delete, an import or a wipe', async () => {
    await putContent(sampleContent({ id: 'a', status: 'approved' }));
    await listApprovedContent();

    await putContent(sampleContent({ id: 'b', status: 'approved' }));
    expect((await listApprovedContent()).map((item) => item.id).sort()).toEqual(['a', 'b']);

    await deleteContent('a');
    expect((await listApprovedContent()).map((item) => item.id)).toEqual(['b']);

    await applyImport({ content: [sampleContent({ id: 'c', status: 'approved' })], relationships: [] });
    expect((await listApprovedContent()).map((item) => item.id).sort()).toEqual(['b', 'c']);

    await deleteAllData();
    expect(await listApprovedContent()).toEqual([]);
  });
});
