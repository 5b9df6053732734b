import { createChecklistStore, maxItems, parseNames, parseStored } from './checklist-store';

describe('parseNames', () => {
  it('takes one name per line, without list markers, blank lines or extra spaces', () => {
    expect(
      parseNames(
        'Ada Lovelace\r\n\n- Alan  Turing\n• Grace Hopper\n2. Edsger Dijkstra\n   \n3) Barbara Liskov',
      ),
    ).toEqual(['Ada Lovelace', 'Alan Turing', 'Grace Hopper', 'Edsger Dijkstra', 'Barbara Liskov']);
  });

  it('keeps names that merely start with a number or dash', () => {
    expect(parseNames('3M Recruiter\n-Dash')).toEqual(['3M Recruiter', '-Dash']);
  });
});

describe('parseStored', () => {
  it.each([
    ['nothing stored', null],
    ['not JSON', '{oops'],
    ['no items', '{"version":1}'],
    ['items not a list', '{"items":"Ada"}'],
  ])('reads %s as an empty list', (_, raw) => {
    expect(parseStored(raw)).toEqual([]);
  });

  it('keeps the well-formed items only', () => {
    const raw = JSON.stringify({
      version: 1,
      items: [{ id: 1, name: 'Ada', done: true }, { id: 'x', name: 'Bad' }, null],
    });
    expect(parseStored(raw)).toEqual([{ id: 1, name: 'Ada', done: true }]);
  });
});

describe('createChecklistStore', () => {
  function memory(initial: string | null = null) {
    let value = initial;
    return {
      read: () => value,
      write: (next: string | null) => {
        value = next;
        return true;
      },
      get value() {
        return value;
      },
    };
  }

  it('adds, ticks and removes, storing every change', () => {
    const storage = memory();
    const store = createChecklistStore(storage);
    expect(store.add(['Ada', 'Alan'])).toBe(2);
    const [ada, alan] = store.getSnapshot().items;
    store.toggle(ada!.id);
    store.remove(alan!.id);
    expect(store.getSnapshot().items).toEqual([{ id: ada!.id, name: 'Ada', done: true }]);
    expect(parseStored(storage.value)).toEqual(store.getSnapshot().items);
    store.clear();
    expect(storage.value).toBeNull();
  });

  it('stops at the size limit', () => {
    const store = createChecklistStore(memory());
    expect(store.add(Array.from({ length: maxItems + 5 }, (_, i) => `P${i}`))).toBe(maxItems);
    expect(store.add(['One more'])).toBe(0);
  });

  it('takes a smaller limit', () => {
    const store = createChecklistStore(memory(), 2);
    expect(store.limit).toBe(2);
    expect(store.add(['Ada', 'Alan', 'Grace'])).toBe(2);
  });

  it('reports a browser that refuses storage, and keeps the list in memory', () => {
    const store = createChecklistStore({ read: () => null, write: () => false });
    expect(store.getSnapshot().saved).toBe(false);
    store.add(['Ada']);
    expect(store.getSnapshot()).toMatchObject({ saved: false, items: [{ name: 'Ada' }] });
  });

  it('picks up changes another tab makes', () => {
    const storage = memory();
    const store = createChecklistStore(storage);
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    storage.write(
      JSON.stringify({ version: 1, items: [{ id: 7, name: 'From elsewhere', done: false }] }),
    );
    window.dispatchEvent(new StorageEvent('storage', { key: 'unsend.checklist' }));
    expect(listener).toHaveBeenCalled();
    expect(store.getSnapshot().items).toEqual([{ id: 7, name: 'From elsewhere', done: false }]);
    unsubscribe();
  });
});
