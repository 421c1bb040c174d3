import { copyFile, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { hashKnowledgeFiles, loadKnowledgeBase } from './loadKnowledgeBase';
import type { KnowledgeBase } from './types';

/**
 * The last good knowledge base, kept on disk so that a bot started on a broken base still answers.
 * A snapshot is a copy of the YAML files of a base that loaded, checked before it replaces the previous
 * snapshot (a file edited between the load and the copy cannot slip in): a copy whose bytes are those that
 * loaded is that base; any other copy is loaded and checked in full.
 */
const INFO_FILE = 'snapshot.json';

export interface SnapshotInfo {
  /** When the snapshot was taken (ISO 8601). */
  savedAt: string;
  /** The knowledge folder it was copied from. */
  from: string;
  /** `contentHash` of the copy, as it loaded when saved: a base with the same one is already kept. */
  contentHash?: string;
}

let counter = 0;

/** Copies the files of `kb` (loaded from `sourceDir`) to `snapshotDir`, once the copy is proven to load. */
export async function saveKnowledgeSnapshot(kb: KnowledgeBase, sourceDir: string, snapshotDir: string): Promise<void> {
  const target = path.resolve(snapshotDir);
  // The same files, byte for byte, are already kept (and were checked when saved): most starts, nothing to copy.
  const kept = await readInfo(target);
  if (kb.contentHash !== undefined && kept?.contentHash === kb.contentHash && kept.from === path.resolve(sourceDir)) return;
  const staging = `${target}.staging-${process.pid}-${++counter}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  try {
    for (const name of kb.files) await copyFile(path.join(sourceDir, name), path.join(staging, name));
    // Hashing the copy costs a millisecond; loading it again, a full parse (about half a second of CPU at start).
    const copied = await hashKnowledgeFiles(staging, kb.files);
    const contentHash = copied !== undefined && copied === kb.contentHash ? copied : (await loadKnowledgeBase(staging)).contentHash;
    const info: SnapshotInfo = { savedAt: new Date().toISOString(), from: path.resolve(sourceDir), ...(contentHash && { contentHash }) };
    await writeFile(path.join(staging, INFO_FILE), `${JSON.stringify(info, null, 2)}\n`);
    const old = `${target}.old-${process.pid}-${counter}`;
    await rename(target, old).catch(() => undefined);
    await rename(staging, target);
    await rm(old, { recursive: true, force: true });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function readInfo(snapshotDir: string): Promise<SnapshotInfo | undefined> {
  try {
    return JSON.parse(await readFile(path.join(snapshotDir, INFO_FILE), 'utf8')) as SnapshotInfo;
  } catch {
    return undefined;
  }
}

/** The snapshot kept in `snapshotDir`, or undefined when there is none (or it does not load). */
export async function loadKnowledgeSnapshot(snapshotDir: string): Promise<{ kb: KnowledgeBase; info: SnapshotInfo } | undefined> {
  try {
    const info = await readInfo(snapshotDir);
    if (!info) return undefined;
    return { kb: await loadKnowledgeBase(snapshotDir), info };
  } catch {
    return undefined;
  }
}
