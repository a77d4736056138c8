import { describe, expect, it } from 'vitest';
import { NEED_NAMES, NEEDS, NeedSchema } from '../../src/index.js';
import { CommunicationNeedSchema, VulnerabilitySchema } from '../../src/shared/needs.js';

const nearest = (input: string) => {
  const parsed = NeedSchema.safeParse(input);
  expect(parsed.success).toBe(false);
  return parsed.error?.issues[0]?.message.split('nearest known: ')[1]?.split(', ')[0];
};

describe('NF-2, TEP-2.2: one closed vocabulary of needs', () => {
  it('every need belongs to one family, and each family schema takes exactly its own', () => {
    for (const need of NEED_NAMES) {
      const inFamily = NEEDS[need].family === 'vulnerability' ? VulnerabilitySchema : CommunicationNeedSchema;
      const other = NEEDS[need].family === 'vulnerability' ? CommunicationNeedSchema : VulnerabilitySchema;
      expect(inFamily.safeParse(need).success).toBe(true);
      expect(other.safeParse(need).success).toBe(false);
    }
  });

  it.each([
    ['sign-language-user', "'sign-language'"],
    ['visual-impairement', "'visual-impairment'"],
    ['literacy-difficulty', "'literacy-support'"],
    ['deaf', "'hearing-impairment'"],
    ['blind', "'visual-impairment'"],
    ['autism', "'neurodivergence'"],
    ['BSL', "'sign-language'"],
    ['wheelchair-user', "'physical-disability'"],
  ])('refuses %s, suggesting %s first, and never accepts the everyday word', (input, first) => {
    expect(nearest(input)).toBe(first);
  });

  it('says which family a need belongs to when given in the other family’s list', () => {
    const parsed = VulnerabilitySchema.safeParse('sign-language');
    expect(parsed.error?.issues[0]?.message).toMatch(/'sign-language' is a communication need/);
  });

  it('quotes a long unknown name only in part, and never throws on what is not a string', () => {
    const parsed = NeedSchema.safeParse('x'.repeat(10_000));
    expect(parsed.error?.issues[0]?.message.length).toBeLessThan(400);
    expect(NeedSchema.safeParse(42).success).toBe(false);
  });
});
