import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { backupJsonSchemaText } from '../utils/agreements/backup-json-schema';

// Writes the published JSON Schema of the backup file, generated from the zod schema the extension validates with.
// Run: npx tsx scripts/generate-schema.ts

const target = fileURLToPath(new URL('../utils/agreements/backup.schema.json', import.meta.url));
writeFileSync(target, backupJsonSchemaText());
console.log(`wrote ${target}`);
