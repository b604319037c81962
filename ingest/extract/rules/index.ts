/**
 * Runs the relation rules of a document in two phases: `structure` (signature blocks, signatory lists,
 * before names are found in running text) and `sentences` (patterns over sentences with their mentions).
 */
import type { Ctx } from '../context.ts';
import { addresseeRules } from './addressees.ts';
import { affiliationVerbRules } from './affiliation-verbs.ts';
import { authorLineRules, writersOutletRules } from './author-lines.ts';
import { authorshipRules, frontMatterRules } from './authorship.ts';
import { bylineRules } from './bylines.ts';
import { clauseRules } from './clauses.ts';
import { collaborationRules } from './collaboration.ts';
import { addressingRules, demandRules } from './demands.ts';
import { eventRules } from './events.ts';
import { hostRules } from './hosts.ts';
import { legislatorRules } from './legislators.ts';
import { listRules, solidarityRule } from './lists.ts';
import { makerRules } from './makers.ts';
import { memberListRules } from './member-lists.ts';
import { membershipRules } from './membership.ts';
import { newsRules } from './news.ts';
import { officeRules, titledPeople } from './offices.ts';
import { doubleSurnameMentions, doubleSurnames } from './double-surnames.ts';
import { findingRules } from './reports.ts';
import { governmentNames, placeRules } from './places.ts';
import { roleRules } from './roles.ts';
import { signatureRules } from './signatures.ts';
import { staffRules } from './staff.ts';
import { surveillanceRules } from './surveillance.ts';
import { targetedGroupRules } from './targeted-groups.ts';
import { supporterRules } from './supporters.ts';
import { unitRules } from './units.ts';

type Rule = (ctx: Ctx) => void;

const STRUCTURE: Rule[] = [
  signatureRules,
  listRules,
  addresseeRules,
  bylineRules,
  frontMatterRules,
  authorLineRules,
];
const SENTENCES: Rule[] = [
  titledPeople,
  doubleSurnames,
  doubleSurnameMentions,
  governmentNames,
  solidarityRule,
  addressingRules,
  surveillanceRules,
  makerRules,
  targetedGroupRules,
  memberListRules,
  roleRules,
  officeRules,
  staffRules,
  affiliationVerbRules,
  membershipRules,
  unitRules,
  legislatorRules,
  demandRules,
  supporterRules,
  placeRules,
  authorshipRules,
  newsRules,
  findingRules,
  collaborationRules,
  hostRules,
  eventRules,
  writersOutletRules,
  // Last: the general clause reader adds what the specific rules above did not draw.
  clauseRules,
];

export function applyRules(ctx: Ctx, phase: 'structure' | 'sentences'): void {
  for (const rule of phase === 'structure' ? STRUCTURE : SENTENCES) rule(ctx);
}
