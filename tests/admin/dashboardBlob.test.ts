import { ContainerClient } from '@azure/storage-blob';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BlobLearningStore } from '../../src/learning/blobLearningStore';
import { startAzurite, type Azurite } from '../helpers/azurite';
import { startAdminBot } from './adminServer';
import { seededRecords } from './seededRecords';

const SECRET = 'secret-du-test-azure-blob-0123456789';
let azurite: Azurite;
beforeAll(async () => {
  azurite = await startAzurite();
}, 60_000);
afterAll(() => azurite?.dispose());

describe('When the learning records are in Azure Blob Storage (Azurite)', () => {
  test('the staff page reads them through the learning store and shows the same figures', { timeout: 60_000 }, async () => {
    const store = new BlobLearningStore(new ContainerClient(azurite.connectionString, azurite.freshContainer()));
    for (const record of seededRecords()) await store.append(record);
    const bot = await startAdminBot({ secret: SECRET, store });
    try {
      const response = await fetch(`${bot.url}/admin/api/dashboard?from=2026-11-27&to=2026-11-29`, { headers: { 'X-Admin-Secret': SECRET } });
      const body = (await response.json()) as { totals: unknown; ratings: Array<{ entryId: string; down: number }>; unanswered: Array<{ label: string; count: number }> };
      expect(body.totals).toEqual({
        questions: 12,
        byChannel: { site: 8, teams: 3, emulator: 1, autre: 0 },
        byOutcome: { answered: 7, suggested: 3, notAvailable: 1, unknown: 1 },
      });
      expect(body.unanswered[0]).toMatchObject({ label: 'le back end c est dur ?', count: 3 });
      expect(body.ratings[0]).toMatchObject({ entryId: 'portage-overview', down: 2 });
    } finally {
      await bot.close();
    }
  });
});
