/**
 * `npm run schemas:build`: writes the precompiled validators of `knowledge/schema/*.schema.json`
 * (src/knowledge/schemaValidators.generated.ts). Run it after changing a schema; a test says when it is due.
 */
import { writeFileSync } from 'node:fs';
// Not through schemas.ts, which imports the file written here.
import { GENERATED_FILE, generateValidatorSource, SCHEMA_DIR } from '../knowledge/schemaValidatorSource';

writeFileSync(GENERATED_FILE, generateValidatorSource(SCHEMA_DIR));
console.log(`Written: ${GENERATED_FILE}`);
