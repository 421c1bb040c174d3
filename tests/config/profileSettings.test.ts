import { describe, expect, test } from 'vitest';
import { configErrors } from '../../src/config/errorMessages';
import { readWidgetConfig } from '../../src/config/readWidgetConfig';
import { widgetProfileWarnings, widgetWarningMessages } from '../../src/config/widgetWarnings';
import { isProfileId, knowsProfile, profileIds } from '../../src/knowledge/profiles';
import type { KnowledgeBase } from '../../src/knowledge/types';

const kb: Pick<KnowledgeBase, 'profiles'> = {
  profiles: [
    { id: 'developpeur-back-end', name: 'Développeur back end' },
    { id: 'data-scientist', name: 'Data scientist' },
  ],
};

describe('Whether a job profile exists is decided by the knowledge base', () => {
  test('a profile of the base is known, any other is not', () => {
    expect(knowsProfile(kb, 'data-scientist')).toBe(true);
    expect(knowsProfile(kb, 'comptable')).toBe(false);
    expect(knowsProfile({}, 'data-scientist')).toBe(false);
    expect(profileIds(kb)).toEqual(['developpeur-back-end', 'data-scientist']);
  });

  test('an id has the shape the knowledge schema requires', () => {
    expect(isProfileId('developpeur-back-end')).toBe(true);
    for (const bad of ['Dév back', 'back-', '-back', 'back--end', '']) expect(isProfileId(bad), bad).toBe(false);
  });
});

describe('WIDGET_PROFILE', () => {
  const read = (profile: string) => {
    const problems: string[] = [];
    const widget = readWidgetConfig((name) => (name === 'WIDGET_PROFILE' ? profile : ''), problems);
    return { widget, problems };
  };

  test('that cannot be a profile id is refused when the settings are read', () => {
    expect(read('back-').problems).toEqual([configErrors.profileInvalid('back-')]);
    expect(read('a'.repeat(65)).problems).toEqual([configErrors.profileInvalid('a'.repeat(65))]);
    expect(read('data-scientist').problems).toEqual([]);
  });

  test('that the base does not know is warned about once the base is loaded', () => {
    expect(widgetProfileWarnings(read('comptable').widget, kb)).toEqual([
      widgetWarningMessages.profileUnknown('comptable', ['developpeur-back-end', 'data-scientist']),
    ]);
    expect(widgetProfileWarnings(read('data-scientist').widget, kb)).toEqual([]);
    expect(widgetProfileWarnings(read('').widget, kb)).toEqual([]);
  });
});
