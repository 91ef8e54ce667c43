// Regenerates rules/phone/traditional-table.ts after the phone rules' words change.
import { writeFileSync } from 'node:fs';
import { TABLE_FILE, traditionalTableSource } from './lib/traditional-table';

writeFileSync(`rules/phone/${TABLE_FILE}`, traditionalTableSource('rules/phone'));
