import { describe, expect, test } from 'vitest';
import { openStateFileBudget } from '../../src/storage/openFileBudget';

const limits = (soft: string) => `Limit                     Soft Limit           Hard Limit           Units\nMax open files            ${soft}                524288               files\n`;

describe('How many state files the file storage keeps open', () => {
  test('a quarter of the limit on open files, between 64 and 2,048', () => {
    expect(openStateFileBudget(limits('1024'))).toBe(256);
    expect(openStateFileBudget(limits('20000'))).toBe(2048);
    expect(openStateFileBudget(limits('100'))).toBe(64);
  });

  test('without /proc (not Linux), the usual 1,024 is assumed', () => {
    expect(openStateFileBudget('')).toBe(256);
  });

  test('on this machine, a number in range', () => {
    const budget = openStateFileBudget();
    expect(budget).toBeGreaterThanOrEqual(64);
    expect(budget).toBeLessThanOrEqual(2048);
  });
});
