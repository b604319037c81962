/**
 * The clause reader's one table: verb forms as they are written between two mentions, mapped to the closed
 * relation vocabulary with the entity types each end may have. Data only; `clauses.ts` reads sentences with
 * it. A form maps to several senses when the types decide ("joined": a person WORKS_FOR, an organisation is
 * a MEMBER_OF, anyone PARTICIPATED_IN an event); the first sense whose types fit wins.
 */
import type { EntityType, RelationType } from '../../../core/model/index.ts';

export interface VerbSense {
  type: RelationType;
  /** Types of the relation's source (the actor) and of its target. */
  subject: EntityType[];
  object: EntityType[];
  role?: string;
  /** The actor is the mention after the verb: passives ("developed by A"), "sold to A". */
  agentAfter: boolean;
  /** A participle that may hang off a noun by a comma or an appositive: "X, a company based in Y". */
  participle: boolean;
}

const P: EntityType = 'Person';
const O: EntityType = 'Organization';
const T: EntityType = 'Technology';
const L: EntityType = 'Place';
const E: EntityType = 'Event';
const D: EntityType = 'Document';

interface Row extends Omit<VerbSense, 'agentAfter' | 'participle'> {
  /** Forms separated by '|', lower case, as written ("called on|calls on|urged"). */
  forms: string;
  agentAfter?: boolean;
  participle?: boolean;
}

/** Actor before the verb, target after it. */
const ACTIVE: Row[] = [
  {
    forms: 'targeted|targets|hacked|hacks|infected|infects|spied on|surveilled',
    type: 'TARGETED',
    subject: [T, O],
    object: [P, O],
  },
  {
    forms:
      'developed|develops|built|builds|created|creates|manufactured|manufactures|designed|designs|produced|produces|makes',
    type: 'DEVELOPED',
    subject: [O, P],
    object: [T],
  },
  {
    forms: 'bought|buys|acquired|acquires|purchased|purchases|procured|procures|obtained',
    type: 'ACQUIRED',
    subject: [O, P],
    object: [T],
  },
  { forms: 'used|uses|deployed|deploys|operated|operates', type: 'USED', subject: [O, P], object: [T] },
  {
    forms:
      'urged|urges|called on|calls on|called upon|calls upon|appealed to|appeals to|implored|pressed|asked|asks',
    type: 'CALLED_ON',
    subject: [P, O, D],
    object: [P, O],
  },
  {
    forms:
      'heads|headed|leads|led|directs|directed|runs|ran|manages|managed|presides over|presided over|head|lead|direct|run|manage',
    type: 'LEADS',
    subject: [P],
    object: [O],
    role: 'head',
  },
  { forms: 'chairs|chaired', type: 'LEADS', subject: [P], object: [O], role: 'chair' },
  { forms: 'founded|co-founded', type: 'LEADS', subject: [P], object: [O], role: 'founder' },
  { forms: 'coordinates|coordinated', type: 'WORKS_FOR', subject: [P], object: [O], role: 'coordinator' },
  {
    forms:
      'works for|works at|worked for|worked at|reports for|writes for|joined|joins|work for|work at|write for|report for',
    type: 'WORKS_FOR',
    subject: [P],
    object: [O],
  },
  { forms: 'employed by', type: 'WORKS_FOR', subject: [P], object: [O], participle: true },
  {
    forms: 'joined|joins|is a member of|are members of|became a member of',
    type: 'MEMBER_OF',
    subject: [O, P],
    object: [O],
  },
  {
    forms: 'attached to|is part of|forms part of',
    type: 'PART_OF',
    subject: [O],
    object: [O],
    participle: true,
  },
  {
    forms:
      'withdrew from|withdraws from|left|leaves|quit|quits|pulled out of|walked out of|resigned from|stepped down from',
    type: 'WITHDREW_FROM',
    subject: [O, P],
    object: [O],
  },
  {
    forms: 'based in|headquartered in|registered in|located in',
    type: 'LOCATED_IN',
    subject: [O],
    object: [L],
    participle: true,
  },
  {
    forms:
      'partnered with|partners with|collaborated with|collaborates with|cooperated with|teamed up with|joined forces with|worked with|works with|worked alongside',
    type: 'COLLABORATED_WITH',
    subject: [O, P],
    object: [O],
  },
  {
    forms: 'attended|attends|took part in|takes part in|participated in|joined',
    type: 'PARTICIPATED_IN',
    subject: [P, O],
    object: [E],
  },
  {
    forms: 'testified before|testifies before|testified at|testified to|appeared before|appears before',
    type: 'PARTICIPATED_IN',
    subject: [P, O],
    object: [E, O],
  },
  {
    forms: 'hosted|hosts|convened|convenes|organised|organized|organises|organizes',
    type: 'HOSTED',
    subject: [O, P],
    object: [E],
  },
  { forms: 'published|publishes|released|releases|issued', type: 'PUBLISHED', subject: [O, P], object: [D] },
  { forms: 'wrote|authored|co-authored|drafted', type: 'AUTHORED', subject: [O, P], object: [D] },
  { forms: 'signed|signs|co-signed', type: 'SIGNED', subject: [O, P], object: [D] },
  {
    forms: 'investigated|investigates|documented|exposed|analysed|analyzed|examined|reported on|reports on',
    type: 'REPORTED_ON',
    subject: [O, P],
    object: [T, O, E],
  },
  {
    forms:
      'funded|funds|financed|finances|supports|supported|backed|backs|sponsored|sponsors|endorsed|endorses',
    type: 'SUPPORTS',
    subject: [O, P],
    object: [O, P, D, E],
  },
];

/**
 * Target before the verb, actor after it. "X is funded by Y" is left out: the rules hold that a story's
 * "funded by" draws no SUPPORTS (units-and-members.test.ts), only the authors' own "made possible by".
 */
const PASSIVE: Row[] = [
  {
    forms:
      'targeted by|hacked by|infected by|spied on by|surveilled by|compromised by|infected with|targeted with|hacked with|compromised with|infected using|targeted using|hacked using',
    type: 'TARGETED',
    subject: [T, O],
    object: [P, O],
  },
  {
    forms: 'developed by|built by|created by|made by|manufactured by|designed by|produced by',
    type: 'DEVELOPED',
    subject: [O, P],
    object: [T],
  },
  {
    forms: 'bought by|acquired by|purchased by|procured by|sold to|supplied to|licensed to|delivered to',
    type: 'ACQUIRED',
    subject: [O, P],
    object: [T],
  },
  { forms: 'used by|deployed by|operated by', type: 'USED', subject: [O, P], object: [T] },
  {
    forms: 'led by|headed by|directed by|run by|managed by',
    type: 'LEADS',
    subject: [P],
    object: [O],
    role: 'head',
  },
  {
    forms: 'chaired by|presided by|presided over by',
    type: 'LEADS',
    subject: [P],
    object: [O],
    role: 'chair',
  },
  { forms: 'founded by|co-founded by', type: 'LEADS', subject: [P], object: [O], role: 'founder' },
  { forms: 'owned by', type: 'LEADS', subject: [P], object: [O], role: 'owner' },
  { forms: 'hosted by|convened by|organised by|organized by', type: 'HOSTED', subject: [O, P], object: [E] },
  { forms: 'published by|released by|issued by', type: 'PUBLISHED', subject: [O, P], object: [D] },
  {
    forms: 'written by|authored by|co-authored by|drafted by|prepared by',
    type: 'AUTHORED',
    subject: [O, P],
    object: [D],
  },
  { forms: 'signed by', type: 'SIGNED', subject: [O, P], object: [D] },
  {
    forms: 'investigated by|documented by|exposed by|analysed by|analyzed by|examined by',
    type: 'REPORTED_ON',
    subject: [O, P],
    object: [T, O, E],
  },
  {
    forms: 'supported by|backed by|sponsored by|commissioned by|endorsed by',
    type: 'SUPPORTS',
    subject: [O, P],
    object: [O, P, D, E],
  },
];

function index(): Map<string, VerbSense[]> {
  const map = new Map<string, VerbSense[]>();
  const add = (rows: Row[], agentAfter: boolean) => {
    for (const { forms, participle, ...sense } of rows) {
      for (const form of forms.split('|')) {
        const list = map.get(form) ?? [];
        list.push({ ...sense, agentAfter, participle: participle ?? agentAfter });
        map.set(form, list);
      }
    }
  };
  add(ACTIVE, false);
  add(PASSIVE, true);
  return map;
}

/** Verbs of a person's work that reach the outlet through a phrase: "covers courts for B", "hosts a show on B". */
export const WORK_VERBS = 'covers|reports|writes|presents|hosts|edits|anchors';

/** Every verb form, with the senses it may have in the order they are tried. */
export const VERB_SENSES: ReadonlyMap<string, VerbSense[]> = index();
