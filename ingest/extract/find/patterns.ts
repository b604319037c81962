/**
 * Regular-expression building blocks for names read from their context: a person's name, an
 * organisation's name (capitalised words with connectors), a list of organisations, job nouns and the
 * nouns that describe an organisation. Strings, so each finder compiles them into its own patterns.
 */

/** One capitalised word of a person's name, hyphenated surnames included. */
export const PW = "\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}[\\p{Ll}'’]+)?";
/** A person's name: 2–4 capitalised words, with Spanish particles. */
export const PERSON = `${PW}(?:\\s+(?:(?:de|del|de la|y)\\s+)?${PW}){1,3}`;
/** A courtesy title before a person's name: "Dr. ", "Prof ", "Ms. ", "Hon. ", "Rt. Hon. ". */
export const COURTESY_TITLE = '(?:(?:Rt\\.?\\s+)?Hon|Dr|Prof|Mr|Ms|Mrs|Mx)\\.?\\s+';
/** An optional courtesy title before a person's name. */
export const HONORIFIC = `(?:${COURTESY_TITLE})?`;
/** A person's name that may open with initials: "T. Vidaurri", "J. M. Pérez", or a full PERSON. */
export const PERSON_OR_INITIALS = `(?:(?:\\p{Lu}\\.\\s+){1,2}${PW}(?:\\s+${PW})?|${PERSON})`;
/** An organisation's name: capitalised words joined by connectors. */
export const ORG =
  "(?:\\p{Lu}[\\p{L}'’&.-]*|\\d+)(?:\\s+(?:(?:of|for|on|against|de|del|de la|de los|de las|y|the|la|el|los|las)\\s+)?(?:\\p{Lu}[\\p{L}'’&.-]*|\\d+))*";
export const JOB =
  '(?:(?:senior|junior|chief|lead|deputy|general|executive|managing|news|staff|investigative|principal|founding|legal)\\s+)*(?:researcher|anchor|columnist|journalist|reporter|correspondent|editor|lawyer|attorney|director|coordinator|spokes(?:man|woman|person)|president|founder|co-founder|head|chair(?:man|woman|person)?|professor|analyst|investigator|advocate|activist|member|fellow|officer|manager|producer|presenter|host|technologist|adviser|advisor|scientist|economist|expert|specialist|physician|nutritionist|epidemiologist|campaigner|representative|secretary[- ]general)';
export const ORG_NOUN =
  '(?:company|firm|group|ngo|NGO|CSO|non-?profit|organi[sz]ation|newspaper|broadcaster|network|laboratory|lab|institute|think tank|watchdog|collective|coalition|outlet|daily|magazine|channel|station|weekly|agency|foundation|association|center|centre|university|vendor|maker|manufacturer)';

/** A list of organisations: "A", "A and B", "A, B and C". */
export const ORG_LIST = `(?:${ORG})(?:,\\s+(?:and\\s+)?(?:the\\s+)?(?:${ORG}))*(?:,?\\s+and\\s+(?:the\\s+)?(?:${ORG}))?`;

/** "rapporteur" → "[Rr]apporteur": case-insensitive first letters, so the pattern can still tell \p{Lu} apart. */
export function cap(words: string): string {
  return words.replace(/\b([a-z])/g, (c) => `[${c.toUpperCase()}${c}]`);
}

/** Title nouns held in an organisation. */
export const TITLE = `(?:${cap(
  'rapporteur|commissioner|director|secretary-general|secretary general|secretary|president|chairman|chairwoman|chairperson|chair|co-chair|spokesman|spokeswoman|spokesperson|coordinator|head|founder|co-founder|envoy|expert|experts|researcher|lawyer|representative|ombudsman|ombudsperson|ombudswoman|adviser|advisor|officer|chief|minister|magistrate|judge|mayor|governor|ambassador|comptroller|auditor|prosecutor|attorney general|inspector general',
)}|CEO)`;

/**
 * Offices named "<Office> of the <Body>" that the title list lacks ("the Speaker of the National Assembly",
 * "the Clerk of the Committee"): the office is a person's post, so the body's name starts after "of the".
 */
export const OFFICE_HOLDERS = new Set(['speaker', 'clerk', 'registrar', 'treasurer']);

/**
 * A post written capitalised after its holder's name, as programmes and speaker lists write it: "Head",
 * "Secretary General", "Editor-in-chief", "Legal Officer", "Lecturer in Public Law", "Deputy Director".
 */
export const CAPITAL_POST =
  '(?:(?:Deputy|Vice|Executive|Acting|Senior|Legal|Policy|Programme|Program|Managing|Founding|Research|Principal|Associate|Assistant)[\\s-]+)?(?:Head|President|Director|Secretary[\\s-]General|Secretary|Chair(?:man|woman|person)?|Co-[Cc]hair|Coordinator|Commissioner|Dean|Rector|Member|Editor(?:-in-[Cc]hief)?|Lecturer|Professor|Researcher|Technologist|Officer|Adviser|Advisor|Founder|Co-[Ff]ounder|Spokes(?:man|woman|person)|Manager|Analyst|Fellow|Counsel|Lawyer|Journalist|Correspondent|Reporter|Producer|Chief\\s+Executive|CEO)\\b';
