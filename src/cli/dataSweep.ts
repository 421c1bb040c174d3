/**
 * `npm run data:sweep`: one sweep, as the running bot does every hour (state past STATE_IDLE_DAYS)
 * and every day (learning records past LEARNING_RETENTION_DAYS). For a cron job, or after lowering them.
 *
 * Reads the same configuration as the bot. Exit code: 0 done, 1 bad configuration, 2 the store failed.
 */
import { daysBefore } from '../learning/day';
import { dataToolMessages as say } from '../privacy/dataToolMessages';
import { dataToolFailed, openDataToolStores } from './dataToolConfig';
import { runCli } from './runCli';

async function main(args: string[]): Promise<number> {
  const help = args.length === 1 && ['--help', '-h'].includes(args[0]);
  if (help) console.log(say.sweepUsage);
  else if (args.length > 0) console.error(`${say.unknownOption(args[0])}\n${say.sweepUsage}`);
  if (args.length > 0) return help ? 0 : 1;
  const opened = await openDataToolStores();
  if ('exitCode' in opened) return opened.exitCode;
  const { config, stores } = opened;
  const stateItems = (await stores.state?.sweepExpired()) ?? 0;
  const learningDays = await stores.learning.purge(daysBefore(new Date(), config.learning.retentionDays));
  console.log(say.swept(config.storage, stateItems, learningDays, config.learning.retentionDays));
  return 0;
}

runCli(() => main(process.argv.slice(2)), dataToolFailed);
