/**
 * Organisation kind from the words of its name (and an optional context cue such as "NGO" or
 * "newspaper"). Ordered checks; civil society is the default for a named non-state organisation.
 */
import type { OrganizationKind } from '../../../core/model/index.ts';
import { stripAccents } from '../../resolve/keys.ts';

const CHECKS: [OrganizationKind, RegExp][] = [
  [
    'multilateral',
    /\b(united nations|world bank|european union|african union|organi[sz]ation of american states|inter-american|multilateral|oecd|nations|african commission on human|human rights council|high commissioner)\b/,
  ],
  [
    'media',
    /\b(times|post|journal|herald|guardian|tribune|news|newspaper|press|radio|television|tv|magazine|gazette|reuters|associated press|ledger|courier|chronicle|diario|periodico|noticias|revista|semanario|gaceta|jornal|canal)\b/,
  ],
  [
    'company',
    /\b(inc|ltd|llc|corp|corporation|company|technologies|systems|solutions|gmbh|s\.?a\.? de c\.?v|plc)\b/,
  ],
  [
    'government',
    /\b(government|ministry|ministerio|secretaria|department|attorney|prosecutor|procuraduria|fiscalia|presidency|cabinet|senate|senado|parliament|congress|congreso|presidencia|camara de diputados|assembly|legislature|court|police|army|military|intelligence|federal|municipal|national institute|instituto nacional|commission|executive branch|gobierno|national security|seguridad nacional)\b/,
  ],
  [
    'research',
    /\b(lab|laboratory|laboratorio|university|universidad|research|investigacion|academy|institute of technology|resources institute|think tank|studies)\b/,
  ],
];

const STATE_OFFICE =
  /^(?:the )?(?:ministry|ministerio|secretariat of|secretaria de|department of|directorate|direccion (?:general|nacional)|ombudsman|defensoria|provedoria|(?:comptroller|auditor|inspector|solicitor|controller|accountant) general|procuraduria|fiscalia|office of the (?:president|attorney|prosecutor|ombudsman|inspector))\b/;

/**
 * Kind of an organisation from its name.
 * @example orgKind('Ministry of Public Function') // 'government'
 */
const kindCache = new Map<string, OrganizationKind>();

export function orgKind(name: string, cue = ''): OrganizationKind {
  const k = name + '\u0000' + cue.slice(-40);
  let v = kindCache.get(k);
  if (v === undefined) {
    if (kindCache.size > 20_000) kindCache.clear();
    v = computeKind(name, cue);
    kindCache.set(k, v);
  }
  return v;
}

function computeKind(name: string, cue: string): OrganizationKind {
  const n = stripAccents(name).toLowerCase();
  if (/^[A-Z0-9]{2,6} group$/i.test(name) && name.split(' ')[0] === name.split(' ')[0]?.toUpperCase()) {
    if (!/core|civil|working/i.test(name)) return 'company';
  }
  if (/\b(press freedom|freedom of (the )?press|journalists? (protection|association))\b/.test(n))
    return 'civil_society';
  // "Ministry of Information and Communications Technologies", "Ombudsman's Office": an office of state by
  // its first words, whatever field it is named for.
  if (STATE_OFFICE.test(n)) return 'government';
  for (const [kind, re] of CHECKS) if (re.test(n)) return kind;
  const c = cue.toLowerCase();
  if (/\b(ngo|ngos|cso|csos|civil society|organisations?|organizations?)\b/.test(c)) return 'civil_society';
  if (/\b(newspaper|outlet|daily|media|anchor|columnist|correspondent|presenter|broadcaster)\b/.test(c))
    return 'media';
  if (/\b(company|firm|vendor|maker|manufacturer)\b/.test(c)) return 'company';
  return 'civil_society';
}
