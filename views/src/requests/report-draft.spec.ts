import { clearDraft, EMPTY_DRAFT, isEmptyDraft, readDraft, writeDraft } from './report-draft';

/** An in-memory Storage; `broken` throws like Safari's private mode or a full store. */
function memory(broken = false) {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (broken) throw new Error('QuotaExceededError');
      map.set(k, v);
    },
    removeItem: (k: string) => {
      if (broken) throw new Error('SecurityError');
      map.delete(k);
    },
  };
}

const typed = { ...EMPTY_DRAFT, categoryCode: 'SZ', description: '路灯不亮', phone: '13800138000' };

describe('report draft', () => {
  it('reads back what was written', () => {
    const store = memory();
    writeDraft(store, 'k', typed);
    expect(readDraft(store, 'k')).toEqual(typed);
  });

  it('removes the key for an empty draft, and clearDraft forgets it', () => {
    const store = memory();
    writeDraft(store, 'k', typed);
    writeDraft(store, 'k', { ...EMPTY_DRAFT, description: '   ' });
    expect(store.map.has('k')).toBe(false);
    writeDraft(store, 'k', typed);
    clearDraft(store, 'k');
    expect(readDraft(store, 'k')).toEqual(EMPTY_DRAFT);
  });

  it.each([['not json{'], ['null'], ['[1,2]'], ['"text"'], ['42']])('reads %p as empty', (raw) => {
    const store = memory();
    store.map.set('k', raw);
    expect(readDraft(store, 'k')).toEqual(EMPTY_DRAFT);
  });

  it('keeps only known fields of the right type and length', () => {
    const store = memory();
    store.map.set('k', JSON.stringify({ description: 'x'.repeat(900), phone: 13800138000, source: 'admin', hall: 'TC', idNumber: '110101199001011234' }));
    const draft = readDraft(store, 'k');
    expect(draft.description).toHaveLength(500);
    expect(draft.phone).toBe('');
    expect(draft.source).toBe('');
    expect(draft.hall).toBe('TC');
    expect(Object.keys(draft).sort()).toEqual(Object.keys(EMPTY_DRAFT).sort());
  });

  it('keeps the grid page source', () => {
    const store = memory();
    writeDraft(store, 'k', { ...typed, source: 'patrol' });
    expect(readDraft(store, 'k').source).toBe('patrol');
  });

  it('does not fail when the storage refuses', () => {
    const store = memory(true);
    expect(() => writeDraft(store, 'k', typed)).not.toThrow();
    expect(() => clearDraft(store, 'k')).not.toThrow();
  });

  it('isEmptyDraft ignores blanks', () => {
    expect(isEmptyDraft({ ...EMPTY_DRAFT, location: ' \n' })).toBe(true);
    expect(isEmptyDraft({ ...EMPTY_DRAFT, categoryCode: 'AQ' })).toBe(false);
  });

  it('keeps a hotline transfer\'s hotline and number; an unknown hotline reads as none', () => {
    const store = memory();
    writeDraft(store, 'k', { ...typed, hotlineChannel: 'street', hotlineRef: 'JD-17' });
    expect(readDraft(store, 'k')).toMatchObject({ hotlineChannel: 'street', hotlineRef: 'JD-17' });
    store.setItem('k', JSON.stringify({ ...typed, hotlineChannel: '110', hotlineRef: 7 }));
    expect(readDraft(store, 'k')).toMatchObject({ hotlineChannel: '', hotlineRef: '' });
  });
});
