/**
 * `npm run teams:package [-- --out file.zip]`: builds and validates the Microsoft Teams app package
 * (appPackage/build/appPackage.zip). `npm run teams:package -- --check file.zip` validates a zip.
 * Reads MicrosoftAppId and the TEAMS_* settings from the environment and `.env`.
 */
import dotenv from 'dotenv';
import { runPackageCommand } from '../teamsApp/packageCommand';

dotenv.config({ quiet: true });
runPackageCommand({
  env: process.env,
  args: process.argv.slice(2),
  io: { out: (line) => console.log(line), err: (line) => console.error(line) },
})
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    console.error('Cannot build the Teams app package:', error);
    process.exitCode = 1;
  });
