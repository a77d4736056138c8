// A landlord's own policy for tests: Acme Homes, over the default preset unless a base is given.
import { definePolicy, type Policy, type PolicySettings } from '../../src/index.js';
import { unwrap } from '../helpers.js';

/** The landlord's settings, without its identity. */
export type AcmeSettings = Omit<PolicySettings, 'id' | 'name' | 'effectiveFrom'>;

/** Acme Homes' policy (in effect from 2000) with these settings, cited to 'Acme Homes policy'. */
export const acmePolicy = (settings: AcmeSettings, base?: Policy): Policy =>
  unwrap(
    definePolicy({ id: 'acme', name: 'Acme Homes policy', effectiveFrom: '2000-01-01', ...settings }, base),
  );
