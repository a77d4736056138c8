// The one door for a policy: a policy, an effective-dated list of its versions, or a preset's name.
import { describe, expect, it } from 'vitest';
import { definePolicy, type Policy, PRESET_NAMES, presets, readPolicy } from '../../src/index.js';
import { onlyVersion, versionAt, versionFor, versionOnDay } from '../../src/policy/versions.js';
import { badPaths, refusal, unwrap } from '../helpers.js';

const TEP = presets.tenancyEnforcementProcedure;
const revised: Policy = unwrap(
  definePolicy(
    {
      id: TEP.id,
      name: 'TEP, revised',
      effectiveFrom: '2026-06-01',
      restriction: { reviewIntervalMonths: 3 },
    },
    TEP,
  ),
);

describe('readPolicy', () => {
  it("reads each preset's name as that preset", () => {
    expect(PRESET_NAMES).toEqual(['tenancy-enforcement-procedure', 'housing-ombudsman-2021', 'selwood']);
    expect(unwrap(readPolicy('tenancy-enforcement-procedure')).versions).toEqual([TEP]);
    expect(unwrap(readPolicy('housing-ombudsman-2021')).versions).toEqual([presets.housingOmbudsman2021]);
    expect(unwrap(readPolicy('selwood'))).toEqual({ id: 'selwood', versions: [presets.selwood] });
  });

  it('refuses any other string by path, listing the names', () => {
    const error = refusal(readPolicy('Selwood'), 'INVALID_INPUT');
    expect(error.issues[0]?.path).toBe('policy');
    expect(error.issues[0]?.message).toContain("'selwood'");
    expect(badPaths(readPolicy('', 'options.policy'))).toEqual(['options.policy']);
  });

  it('reads one policy as a list of one, validated strictly', () => {
    expect(unwrap(readPolicy(TEP))).toEqual({ id: TEP.id, versions: [TEP] });
    expect(badPaths(readPolicy({ ...TEP, colour: 'blue' }))).toEqual(['policy.colour']);
  });

  it('reads versions in any order, oldest first', () => {
    expect(unwrap(readPolicy([revised, TEP])).versions.map((v) => v.effectiveFrom)).toEqual([
      '2000-01-01',
      '2026-06-01',
    ]);
  });

  it('refuses versions of different policies, or two taking effect the same day (POLICY_VERSIONS_INVALID)', () => {
    const mixed = refusal(readPolicy([TEP, presets.housingOmbudsman2021]), 'POLICY_VERSIONS_INVALID');
    expect(mixed.issues.map((i) => i.path)).toEqual(['policy[1].id']);
    expect(mixed.message).toContain("'tenancy-enforcement-procedure'");
    const sameDay = refusal(
      readPolicy([TEP, revised, { ...revised, name: 'again' }]),
      'POLICY_VERSIONS_INVALID',
    );
    expect(sameDay.issues).toEqual([
      { path: 'policy[2].effectiveFrom', message: expect.stringContaining('policy[1] already takes effect') },
    ]);
  });

  it('refuses an empty list, and names a bad version by its index', () => {
    expect(badPaths(readPolicy([]))).toEqual(['policy']);
    expect(badPaths(readPolicy([TEP, { ...revised, timeZone: 'Mars/Olympus' }]))).toEqual([
      'policy[1].timeZone',
    ]);
    expect(badPaths(readPolicy(42))).toEqual(['policy']);
  });
});

describe('the version in effect at an instant', () => {
  const versions = unwrap(readPolicy([TEP, revised]));

  it("changes at midnight in the policy's zone: midnight on 1 June in London is 23:00 UTC on 31 May", () => {
    expect(versionAt(versions, '2026-05-31T22:59:59Z')?.effectiveFrom).toBe(TEP.effectiveFrom);
    expect(versionAt(versions, '2026-05-31T23:00:00Z')?.effectiveFrom).toBe('2026-06-01');
  });

  it('is none before the first version; versionFor then answers with the earliest', () => {
    const later = unwrap(readPolicy([revised]));
    expect(versionAt(later, '2026-05-01T09:00:00Z')).toBeUndefined();
    expect(versionFor(later, '2026-05-01T09:00:00Z')).toEqual(revised);
  });
});

describe('NF-8: the version in effect on a civil date (versionOnDay)', () => {
  const third: Policy = { ...revised, name: 'TEP, revised again', effectiveFrom: '2027-01-01' };
  const versions = unwrap(readPolicy([third, TEP, revised]));

  it('is the latest taking effect on or before the day: 31 May, 1 June, 31 December, 1 January', () => {
    expect(versionOnDay(versions, '2026-05-31')).toBe(versions.versions[0]);
    expect(versionOnDay(versions, '2026-06-01').name).toBe('TEP, revised');
    expect(versionOnDay(versions, '2026-12-31').name).toBe('TEP, revised');
    expect(versionOnDay(versions, '2027-01-01').name).toBe('TEP, revised again');
  });

  it('is the earliest before them all, for checkInEffect to refuse', () => {
    const later = unwrap(readPolicy([revised, third]));
    expect(versionOnDay(later, '2026-05-31')).toBe(later.versions[0]);
    expect(versionOnDay(onlyVersion(revised), '2026-05-31')).toBe(revised);
  });
});
