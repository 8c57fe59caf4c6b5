import { z } from 'zod';
import { backupSchema } from './schema';

// The JSON Schema of the backup file as a reader of the file sees it (io: 'input': fields with defaults may be
// absent). Checks that JSON Schema cannot express (a real IANA zone, a parseable instant) stay in the zod schema.

export function backupJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(backupSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://clausemate.app/schema/backup-1.json',
    title: 'Clausemate backup file',
    description: 'Everything a Clausemate user owns: provider settings, clients, agreements, templates, corrections.',
  };
}

export function backupJsonSchemaText(): string {
  return `${JSON.stringify(backupJsonSchema(), null, 2)}\n`;
}
