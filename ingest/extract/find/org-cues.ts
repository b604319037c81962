/**
 * Cues that make capitalised words an organisation by what the sentence says of them, for organisations
 * whose names carry no head word ("Amnesty International", "Datos Libres"): a job at them ("a lawyer at X"),
 * a describing noun ("X, a think tank"), a report by them, work done together with them, their officer
 * ("X's secretary general"), and findings they publish ("X and Y documented that").
 */
import type { OrganizationKind } from '../../../core/model/index.ts';
import { JOB, ORG, ORG_LIST, ORG_NOUN } from './patterns.ts';

/** Roles an organisation has, read after its possessive name. */
const ORG_ROLE =
  '(?:(?:executive|managing|general|deputy|chief|senior|lead|former|special|[Ss]pecial)\\s+)*(?:director|secretary[- ]general|president|spokes(?:man|woman|person)|chair(?:man|woman|person)?|founder|co-founder|head|ceo|coordinator|researchers?|lawyers?|staff|experts?|analysts?|[Rr]apporteur|[Cc]ommissioner|envoy|representative)';
/**
 * A word between "a"/"the" and the describing noun ("a Mexico City-based think tank"). Not a preposition or
 * an article: in "Ortiz, a reporter for the weekly El Faro" the noun describes El Faro, not Ortiz.
 */
const DESCRIBING_WORD = '(?:(?!(?:for|at|of|with|in|from|by|to|on|the|an?)\\s)[\\p{L}-]+\\s+)';
/** Verbs by which an organisation reports a finding. */
const FINDING =
  '(?:documented|found|confirmed|reported|revealed|verified|showed|shown|identified|discovered|detected|traced|uncovered|established)\\b';

/**
 * A cue, the kind it implies, whether a one-word name must be an acronym ("Smith found that" is no
 * organisation), and for cues that start at any capitalised word (slow to scan) a cheaper pattern for a part
 * every match contains: a sentence without it is not scanned.
 */
export type OrgCue = [RegExp, OrganizationKind | undefined, boolean?, RegExp?];

export const ORG_CUES: OrgCue[] = [
  [new RegExp(`\\b${JOB}\\s+(?:at|of|for|with)\\s+(?:the\\s+)?(${ORG})`, 'gu'), undefined],
  [new RegExp(`\\b${JOB}s\\s+(?:at|with)\\s+(?:the\\s+)?(${ORG})`, 'gu'), undefined],
  // "the same intermediary, a company called Maghreb Secure Integration": a describing noun, then "called".
  [
    new RegExp(`\\b${ORG_NOUN}\\s+(?:called|named)\\s+(?:the\\s+)?(${ORG})`, 'gu'),
    undefined,
    true,
    /\b(?:called|named)\s+\p{Lu}/u,
  ],
  // "Reporters at Noticias del Valle were targeted": the plural job opening a sentence.
  [
    new RegExp(
      `(?:^|[.;:]\\s+|"\\s*)(?:Reporters|Journalists|Lawyers|Researchers|Members|Staff|Employees|Activists)\\s+(?:at|of|from|with)\\s+(?:the\\s+)?(${ORG})`,
      'gu',
    ),
    undefined,
    true,
  ],
  [new RegExp(`\\b(?:company|firm|vendor|maker)\\s+(${ORG})`, 'gu'), 'company'],
  // "the Lisbon-based research group Atlântida Forensics", "the transparency group Associação Olho Cívico".
  [
    new RegExp(
      `\\b(?:the|a|an)\\s+(?:[\\p{Ll}-]+\\s+|\\p{Lu}[\\p{L}]*-based\\s+){0,3}(?:group|organi[sz]ation|NGO|network|coalition|collective|laboratory|lab|institute|think tank|watchdog|foundation|association|alliance|union|platform)\\s+(${ORG})`,
      'gu',
    ),
    undefined,
  ],
  // "told The Gulf Ledger", "wrote in The Valley Courier": a capitalised "The" inside a sentence opens a title.
  [
    new RegExp(
      `\\b(?:told|interviewed by|(?:wrote|writing|published|reported)\\s+(?:in|for|by)|according to|(?:reporter|editor|columnist|correspondent)\\s+(?:at|for|of))\\s+(The\\s+${ORG})`,
      'gu',
    ),
    'media',
  ],
  // "BOGOTA, Colombia, March 10, 2021 (Andes Wire) — ...", "NAIROBI, July 16 (Pwani Wire) - ...": the agency
  // credited in a wire dateline, with or without the year.
  [
    new RegExp(
      `(?:\\d{4}|\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2})\\s*\\((${ORG})\\)\\s*[—–-]`,
      'gu',
    ),
    'media',
  ],
  [
    new RegExp(
      `\\b(?:newspaper|broadcaster|daily|weekly|magazine|outlet|channel|(?:radio|television|TV)\\s+station|news\\s+(?:agency|site|website|portal))\\s+(${ORG})`,
      'gu',
    ),
    'media',
  ],
  // "Northgate Lab, a research laboratory"; not "Kyalo, a former university lecturer" (a noun of the person's
  // job after the organisation noun).
  [
    new RegExp(
      `(?:^|[,;]\\s+|\\s(?:and|with|by)\\s+)(${ORG}),\\s+(?:an?|the)\\s+${DESCRIBING_WORD}{0,3}${ORG_NOUN}\\b(?!\\s+(?:${JOB}|lecturer|teacher|student|official|employee|worker|administrator|graduate)\\b)`,
      'gu',
    ),
    undefined,
    false,
    new RegExp(`,\\s+(?:an?|the)\\s+${DESCRIBING_WORD}{0,3}${ORG_NOUN}\\b`, 'u'),
  ],
  [
    new RegExp(`\\b(?:prepared|produced|written|conducted)\\s+(?:jointly\\s+)?with\\s+(${ORG_LIST})`, 'gu'),
    undefined,
  ],
  // "according to a report by Fundación Datos Abiertos", "a study by A and B"
  [
    new RegExp(
      `\\b(?:report|study|investigation|analysis|review|audit|survey|research)s?\\s+(?:\\p{Ll}+\\s+){0,3}?by\\s+(?:the\\s+)?(${ORG_LIST})`,
      'gu',
    ),
    undefined,
  ],
  // "published a report together with Datos Libres and Red Cívica Digital"
  [
    new RegExp(
      `\\b(?:together|jointly|working|partnered|teamed up|in collaboration|in partnership|in conjunction|in cooperation|in coordination|with the (?:help|aid|support|assistance) of)(?:\\s+with)?\\s+(?:the\\s+)?(${ORG_LIST})`,
      'gu',
    ),
    undefined,
    true,
  ],
  // "Amnesty International's secretary general, Noor Haddad"
  [
    new RegExp(`(?:^|[,;]\\s+|\\s)(${ORG})['’]s?\\s+${ORG_ROLE}\\b`, 'gu'),
    undefined,
    true,
    new RegExp(`['’]s?\\s+${ORG_ROLE}\\b`, 'u'),
  ],
  // "Datos Libres and Red Cívica Digital documented that ..."
  [
    new RegExp(
      `(?:^|[;:]\\s+|\\b(?:and|but|while|after|when)\\s+)(${ORG_LIST})\\s+(?:also\\s+|later\\s+|has\\s+|have\\s+|had\\s+)?${FINDING}`,
      'gu',
    ),
    undefined,
    true,
  ],
];
