/**
 * `npm run data:erase -- <conversation or user id>`: erases what the bot keeps about one visitor, on their
 * request (RGPD): that conversation's state (file or Blob store, as STORAGE says) and its learning
 * records (found by the conversation id hashed with the learning salt). Prints in French what was erased.
 *
 * Reads the same configuration as the bot (STORAGE, DATA_DIR, SECRETS_DIR, LEARNING_SALT, AZURE_STORAGE_*).
 * Exit code: 0 done (also when nothing was found), 1 bad argument or configuration, 2 the store failed.
 */
import { dataToolMessages as say } from '../privacy/dataToolMessages';
import { eraseVisitorData } from '../privacy/eraseVisitorData';
import { readVisitorIdArgument } from '../privacy/visitorIdArgument';
import { dataToolFailed, openDataToolStores } from './dataToolConfig';
import { runCli } from './runCli';

async function main(args: string[]): Promise<number> {
  if (args.length === 1 && ['--help', '-h'].includes(args[0])) {
    console.log(say.eraseUsage);
    return 0;
  }
  const argument = readVisitorIdArgument(args);
  if ('error' in argument) {
    console.error(`${argument.error}\n${say.eraseUsage}`);
    return 1;
  }
  const opened = await openDataToolStores();
  if ('exitCode' in opened) return opened.exitCode;
  const { config, stores } = opened;
  if (config.storage.kind === 'blob' && !config.learning.salt) console.error(say.saltPerInstance);
  const erasure = await eraseVisitorData(argument.id, stores);
  console.log(say.erased(argument.id, config.storage, erasure));
  return 0;
}

runCli(() => main(process.argv.slice(2)), dataToolFailed);
