// The contact log's door (src/classification/contacts.ts): an entry's instant is read fast when it
// has the plain shape, and by InstantSchema otherwise, with the same answer and the same words.
import { describe, expect, it } from 'vitest';
import { analyseContacts, ContactLogEntrySchema } from '../../src/classification/index.js';
import { InstantSchema } from '../../src/shared/dates.js';
import { unwrap } from '../helpers.js';
import { contact } from './fixtures.js';

const ASOF = '2026-06-01T00:00:00Z';

describe('a logged instant the fast reading leaves to InstantSchema', () => {
  it('written in 1899 or 3000 but, with its offset, a moment in range: accepted and analysed', () => {
    for (const at of ['1899-12-31T23:30-01:00', '3000-01-01T00:30+01:00']) {
      expect(InstantSchema.safeParse(at).success).toBe(true);
      expect(ContactLogEntrySchema.safeParse(contact('c1', at)).success).toBe(true);
      expect(unwrap(analyseContacts([contact('c1', at)], { asOf: ASOF })).findings).toEqual([]);
    }
  });

  it('a day that does not exist: the issue InstantSchema raises, code and words, at the entry’s at', () => {
    const at = '2026-02-30T09:00:00Z';
    const entry = ContactLogEntrySchema.safeParse(contact('c1', at));
    const instant = InstantSchema.safeParse(at);
    const message =
      'expected an ISO 8601 instant with Z or an offset (e.g. 2026-03-29T09:30:00Z), from 1900 to 2999 (UTC), received "2026-02-30T09:00:00Z"';
    expect(instant.error?.issues.map(({ code, message }) => ({ code, message }))).toEqual([
      { code: 'custom', message },
    ]);
    expect(entry.error?.issues.map(({ code, message, path }) => ({ code, message, path }))).toEqual([
      { code: 'custom', message, path: ['at'] },
    ]);
  });
});
