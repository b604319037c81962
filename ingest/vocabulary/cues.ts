/**
 * Cue-word lists as data: head words that make a capitalised name an organisation, a document, an event;
 * title words that announce a person; connectors allowed inside names; words never taken as entities.
 * General English and Spanish vocabulary, not names from any corpus.
 */

/** Last (or Spanish first) word of an organisation's name. */
export const ORG_HEADS = new Set(
  (
    'ministry ministries institute institution office commission committee subcommittee sub-committee foundation ' +
    'center centre lab laboratory group partnership network coalition union council agency secretariat ' +
    'university college school academy association society federation alliance campaign trust fund bank ' +
    'department directorate bureau board court tribunal parliament congress senate assembly government ' +
    'administration authority service services police army prosecutor prosecutors procuraduria ' +
    'monitor observatory movement initiative project forum platform hub corporation corp company inc ltd ' +
    'llc gmbh technologies systems solutions labs sa party times post journal herald guardian tribune news press radio ' +
    'television cabinet presidency consortium collective unit chamber roundtable club holdings watch magazine ' +
    'foundations'
  ).split(/\s+/),
);

/** Spanish heads that come first ("Secretaría de ...", "Instituto ..."). */
export const ORG_HEADS_ES = new Set(
  (
    'secretaria secretariado instituto fundacion centro observatorio consejo comision comite red ' +
    'asociacion organizacion organizaciones nucleo procuraduria fiscalia ministerio direccion agencia ' +
    'coordinadora colectivo alianza articulo contraloria transparencia gobierno universidad laboratorio ' +
    'senado congreso camara coalicion radio noticias canal fondo defensoria sala tribunal corte sindicato ' +
    'federacion servicio autoridad oficina movimiento plataforma iniciativa consorcio asamblea escuela ' +
    'facultad departamento unidad diario semanario periodico revista mesa ' +
    // Portuguese
    'fundacao associacao comissao conselho assembleia rede servico uniao federacao alianca coligacao ' +
    'coletivo autoridade provedoria procuradoria universidade faculdade escola jornal ' +
    // Indonesian, Malay, French, German, Dutch: "Institut Teknologi Bandung", "Institut für ..."
    'institut ' +
    // French: "Association marocaine des droits humains", "Fondation Mizane pour ...", "Université Mohammed V"
    'fondation universite observatoire collectif syndicat conseil ministere laboratoire reseau agence ' +
    'delegation cour ligue rassemblement'
  ).split(/\s+/),
);

/** Heads of cited documents. */
export const DOCUMENT_HEADS = new Set(
  (
    'plan plans declaration principles policy act law convention report letter proposal charter handbook ' +
    'agenda strategy treaty protocol resolution decree regulation bill code guidelines standards statement ' +
    'commitment memorandum constitution'
  ).split(/\s+/),
);

/** Heads of named events. */
export const EVENT_HEADS = new Set(
  'summit conference meeting elections election forum congress case'.split(/\s+/),
);

/** Words inside a name that may stay lowercase. */
export const CONNECTORS = new Set(
  'of for and the on against to in de del la las los el para y e en da do des du d’ & por con sobre'.split(
    ' ',
  ),
);

/** Titles and roles that announce a person's name or describe a job. */
export const TITLES = new Set(
  (
    'president vice-president minister deputy secretary director executive chair chairman chairwoman ' +
    'chairperson co-chair commissioner commissioners senator governor mayor ambassador envoy coordinator ' +
    'spokesman spokeswoman spokesperson founder co-founder researcher journalist lawyer attorney judge ' +
    'prosecutor dr dr. mr mr. ms ms. mrs mrs. prof prof. professor general manager head leader member ' +
    'activist advocate officer representative special analyst editor reporter chief ceo cfo coo ' +
    'rapporteur anchor columnist correspondent congressman congresswoman congressmember congressperson ' +
    'lawmaker legislator assemblyman assemblywoman councilman councilwoman councillor senadora senador ' +
    'diputado diputada ministra presidenta directora comisionada comisionado ombudsman ombudswoman ' +
    'ombudsperson ministro representante procurador procuradora defensor defensora magistrate ' +
    'magistrado magistrada lecturer dean technologist moderator'
  ).split(/\s+/),
);

/** Capitalised words that are never an entity on their own (sentence starts, headings, closings). */
export const STOP_WORDS = new Set(
  (
    'sincerely yours regards dear lastly finally further furthermore according ' +
    'however thus therefore also moreover unfortunately initially as in on at by for from with without ' +
    'this that these those there here we our us they their it its he she his her i you your a an the ' +
    'if when while after before since until ever given added re links contact context press release ' +
    'statement letter note see refer available online update alongside amongst among prior ' +
    'mexican african international national federal global civil society government governments ' +
    'tuesday monday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december today yesterday tomorrow both each all many some no not ' +
    'two three ten one which who what where how why english spanish french co-chairs co-chair'
  ).split(/\s+/),
);

/** Ordinals: a stop word alone ("First, ..."), part of a name before a capitalised word ("Third Action Plan"). */
export const ORDINALS = new Set(
  'first second third fourth fifth sixth seventh eighth ninth tenth'.split(' '),
);

/** Nouns of role that, placed before a name, say the person belongs to an organisation. */
export const MEMBER_ROLES = new Set('member members founding co-founder'.split(' '));

/** Demonyms to country, for "Mexican government" → located in Mexico (small, extend as needed). */
export const DEMONYMS: Record<string, string> = {
  mexican: 'Mexico',
  'south african': 'South Africa',
  american: 'United States',
  french: 'France',
  georgian: 'Georgia',
  brazilian: 'Brazil',
  colombian: 'Colombia',
  kenyan: 'Kenya',
  nigerian: 'Nigeria',
  spanish: 'Spain',
  british: 'United Kingdom',
  israeli: 'Israel',
  indian: 'India',
  canadian: 'Canada',
  german: 'Germany',
  argentine: 'Argentina',
  chilean: 'Chile',
  peruvian: 'Peru',
  guatemalan: 'Guatemala',
  salvadoran: 'El Salvador',
  hungarian: 'Hungary',
  polish: 'Poland',
  moroccan: 'Morocco',
  rwandan: 'Rwanda',
  saudi: 'Saudi Arabia',
};

/** Nouns that make a Technology: "<Name> spyware", "<Name> malware". */
export const TECH_NOUNS = new Set('spyware malware software tool tools exploit trojan implant'.split(' '));
