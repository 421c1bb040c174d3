import { copyFile, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { knowsProfile, loadKnowledgeBase, profileIds } from '../knowledge';
import type { KnowledgeBase } from '../knowledge/types';

/** Where the evaluation finds the invented second job profile (issue #6). */
export const FIXTURE_PROFILES_DIR = 'tests/fixtures/profiles';

const isYaml = (name: string) => /\.ya?ml$/i.test(name);

async function yamlFiles(dir: string): Promise<string[]> {
  return (await readdir(dir, { withFileTypes: true })).filter((f) => f.isFile() && isYaml(f.name)).map((f) => f.name);
}

/**
 * Loads `knowledgeDir` and the YAML files of `extraDir` as one base, through the normal loader
 * (so cross-file checks such as follow-ups to shared entries apply): both are copied into a
 * temporary folder of the same name, which is removed afterwards. The folders themselves are
 * never written to.
 *
 * @example await loadKnowledgeWithExtraProfiles('knowledge', 'tests/fixtures/profiles')
 */
export async function loadKnowledgeWithExtraProfiles(knowledgeDir: string, extraDir: string): Promise<KnowledgeBase> {
  const base = await yamlFiles(knowledgeDir);
  const extra = await yamlFiles(extraDir);
  const clashes = extra.filter((name) => base.includes(name));
  if (clashes.length) throw new Error(`${extraDir}: file name(s) also in ${knowledgeDir}: ${clashes.join(', ')}`);

  const tmp = await mkdtemp(path.join(os.tmpdir(), 'eval-profiles-'));
  // Same folder name, so that messages and locations read `knowledge/<file>` as usual.
  const dir = path.join(tmp, path.basename(path.resolve(knowledgeDir)));
  try {
    await mkdir(dir);
    await Promise.all([
      ...base.map((name) => copyFile(path.join(knowledgeDir, name), path.join(dir, name))),
      ...extra.map((name) => copyFile(path.join(extraDir, name), path.join(dir, name))),
    ]);
    return await loadKnowledgeBase(dir);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** Profiles of `extended` that `base` does not have: the ones the extra files added. */
export function addedProfiles(base: KnowledgeBase, extended: KnowledgeBase): string[] {
  return profileIds(extended).filter((id) => !knowsProfile(base, id));
}
