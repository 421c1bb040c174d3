import { describe, expect, test } from 'vitest';
import { IntList } from '../../src/matching/intList';

describe('IntList', () => {
  test('keeps what was pushed, in order, past its first storage', () => {
    const list = new IntList();
    for (let i = 0; i < 200; i++) list.push(i * 3);
    expect(list.length).toBe(200);
    expect(Array.from(list.items.subarray(0, list.length))).toEqual(Array.from({ length: 200 }, (_, i) => i * 3));
  });

  test('emptied, it keeps its storage and starts again from the first slot', () => {
    const list = new IntList();
    for (let i = 0; i < 100; i++) list.push(i);
    const storage = list.items;
    list.clear();
    list.push(7);
    expect(list.length).toBe(1);
    expect(list.items).toBe(storage);
    expect(list.items[0]).toBe(7);
  });
});
