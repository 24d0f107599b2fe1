import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { formatDossierCode, parseDossierCode } from '../src/dossier-code.js';

const agency = fc
  .array(fc.stringMatching(/^[A-Z0-9]{1,4}$/), { minLength: 1, maxLength: 5 })
  .map((groups) => groups.join('.'));
const date = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const sequence = fc.integer({ min: 0, max: 9999 });

describe('parseDossierCode', () => {
  it('reads the national example', () => {
    assert.deepEqual(parseDossierCode('000.00.01.H26-260930-0012'), {
      code: '000.00.01.H26-260930-0012',
      agency: '000.00.01.H26',
      receivedDate: '2026-09-30',
      sequence: '0012',
    });
  });

  it('round-trips with formatDossierCode for any agency, date and sequence', () => {
    fc.assert(
      fc.property(agency, date, sequence, (a, d, n) => {
        const parsed = parseDossierCode(formatDossierCode(a, d, n));
        assert.ok(parsed);
        assert.equal(parsed.agency, a);
        assert.equal(parsed.receivedDate, d);
        assert.equal(Number(parsed.sequence), n);
      }),
    );
  });

  it('tolerates what people type: spaces, lower case, dashes, surrounding punctuation', () => {
    fc.assert(
      fc.property(
        agency,
        date,
        sequence,
        fc.constantFrom(' ', '  ', '\t'),
        fc.constantFrom('-', '–', '—'),
        (a, d, n, space, dash) => {
          const code = formatDossierCode(a, d, n);
          const typed = ` ${code.toLowerCase().replace(/-/g, `${space}${dash}${space}`)}. `;
          assert.equal(parseDossierCode(typed)?.code, code);
        },
      ),
    );
  });

  it('rejects dates that do not exist and text that is not a code', () => {
    assert.equal(parseDossierCode('000.00.01.H26-260230-0012'), null); // 30 February
    assert.equal(parseDossierCode('000.00.01.H26-261301-0012'), null); // month 13
    assert.equal(parseDossierCode('hello'), null);
    assert.equal(parseDossierCode(''), null);
    assert.equal(parseDossierCode('000.00.01.H26-2609-0012'), null);
  });

  it('accepts an agency group it does not know', () => {
    assert.equal(parseDossierCode('H31.99-250701-1')?.agency, 'H31.99');
  });
});
