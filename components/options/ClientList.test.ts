import { describe, expect, it } from 'vitest';
import type { StoredClient } from '@/utils/agreements/db';
import { filterClients } from './ClientList';

const client = (id: string, name: string, extra: Partial<StoredClient> = {}): StoredClient => ({ id, name, emails: [], domains: [], ...extra });
const CLIENTS = [
  client('c1', 'Acme Retail', { domains: ['acme.com'] }),
  client('c2', 'Ñandú Diseño', { emails: ['hola@nandu.mx'] }),
  client('c3', '华信科技', { notes: 'mini program' }),
  client('c4', 'Globex'),
];

describe('filterClients', () => {
  it('matches every typed word in name, address, domain or notes, ignoring case and accents', () => {
    expect(filterClients(CLIENTS, new Map(), 'nandu diseno', 'name-asc').map((c) => c.id)).toEqual(['c2']);
    expect(filterClients(CLIENTS, new Map(), 'ACME.com', 'name-asc').map((c) => c.id)).toEqual(['c1']);
    expect(filterClients(CLIENTS, new Map(), '华信', 'name-asc').map((c) => c.id)).toEqual(['c3']);
    expect(filterClients(CLIENTS, new Map(), 'program', 'name-asc').map((c) => c.id)).toEqual(['c3']);
    expect(filterClients(CLIENTS, new Map(), 'acme globex', 'name-asc')).toEqual([]);
  });

  it('sorts by name either way, or by the number of agreements', () => {
    const names = (sort: Parameters<typeof filterClients>[3], counts = new Map<string, number>()) =>
      filterClients(CLIENTS, counts, '', sort).map((c) => c.id);
    expect(names('name-asc')).toEqual(['c1', 'c4', 'c2', 'c3']);
    expect(names('name-desc')).toEqual(['c3', 'c2', 'c4', 'c1']);
    expect(names('agreements', new Map([['c4', 3], ['c2', 1]]))).toEqual(['c4', 'c2', 'c1', 'c3']);
  });
});
