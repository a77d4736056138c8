import { describe, expect, it } from 'vitest';
import { alwaysReportable, definePolicy, presets } from '../../src/index.js';
import { badPaths, unwrap } from '../helpers.js';

describe('alwaysReportable: what a notice says the customer can always still report', () => {
  it('the default policy: TEP-7’s six exclusions in its order, then complaints and the Ombudsman (NF-3)', () => {
    const items = unwrap(alwaysReportable(presets.tenancyEnforcementProcedure));
    expect(items.map((item) => [item.subject, item.how, item.reason.rule])).toEqual([
      ['critical-asb', 'any-channel', 'TEP-7'],
      ['new-repair', 'any-channel', 'TEP-7'],
      ['urgent-repair', 'any-channel', 'TEP-7'],
      ['emergency', 'any-channel', 'TEP-7'],
      ['safeguarding', 'any-channel', 'TEP-7'],
      ['domestic-abuse', 'any-channel', 'TEP-7'],
      ['complaint', 'channelled', 'NF-3'],
      ['ombudsman', 'channelled', 'NF-3'],
    ]);
    expect(items[3]?.text).toBe(
      'Emergencies such as fire, terrorism or a physical assault: you can always report them to us, at any time and by any means, whatever the restrictions on your contact. We will take the report and act on it.',
    );
    expect(items[5]?.text).toMatch(/^Domestic violence or abuse: you can always report it to us/);
    expect(items[3]?.reason.citation).toEqual({
      document: 'Unacceptable Behaviour – Tenancy Enforcement Procedure',
      section: '7. Exclusions',
    });
    expect(items[6]?.text).toBe(
      'You can always make a complaint, or escalate one. We may ask you to make it through the contact arrangements in this letter, but we will never refuse it.',
    );
    expect(items[7]?.reason.citation).toEqual({
      document: 'Housing Ombudsman Complaint Handling Code (2024)',
      section: '5.1',
    });
    expect(JSON.parse(JSON.stringify(items))).toEqual(items);
  });

  it('a landlord’s own exclusions, cited to its own policy; a subject excluded and channelled is listed once', () => {
    const policy = unwrap(
      definePolicy({
        id: 'acme',
        name: 'Acme Homes policy',
        effectiveFrom: '2024-01-01',
        exclusions: ['emergency', 'safeguarding', 'domestic-abuse', 'complaint', 'emergency'],
      }),
    );
    const items = unwrap(alwaysReportable(policy));
    expect(items.map((item) => [item.subject, item.how])).toEqual([
      ['emergency', 'any-channel'],
      ['safeguarding', 'any-channel'],
      ['domestic-abuse', 'any-channel'],
      ['complaint', 'any-channel'],
      ['ombudsman', 'channelled'],
    ]);
    expect(items[0]?.reason.citation).toEqual({
      document: 'Acme Homes policy',
      section: 'Policy setting exclusions',
    });
  });

  it('a bad policy is refused with its path', () => {
    expect(
      badPaths(
        alwaysReportable({
          ...presets.selwood,
          exclusions: ['emergency', 'safeguarding', 'domestic-abuse', 'fire'],
        } as never),
      ),
    ).toEqual(['policy.exclusions[3]']);
  });
});
