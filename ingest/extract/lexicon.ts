/**
 * Word lookups backed by compromise's lexicon (first names, last names, countries, cities, regions): a
 * constant-time gazetteer, far faster than tagging whole documents, which keeps extraction near-linear.
 * Finders ask about the same words millions of times in a batch, so each word's answers are worked out
 * once and kept as bits (one map lookup per question instead of folding, two lexicon reads and a scan).
 */
import nlp from 'compromise';
import { fold } from '../resolve/keys.ts';

type Lexicon = Record<string, string | string[]>;
const lexicon = (nlp.model() as { one: { lexicon: Lexicon } }).one.lexicon;

function tagsOf(word: string): string[] {
  const w = fold(word);
  const t = lexicon[w] ?? lexicon[word.toLowerCase()];
  if (t === undefined) return [];
  return Array.isArray(t) ? t : [t];
}

/**
 * Common given names of Spain, Portugal, Latin America and the Nordic and Low Countries that compromise's
 * lexicon lacks (it knows "Lucía", not "Rosalía" or "Tiago"). General vocabulary, folded; names that are
 * also places or ordinary words ("Santiago", "Paz", "Luz", "Rosario") are left out.
 */
const MORE_FIRST_NAMES = new Set(
  (
    'abelardo adalberto adela adelina adolfo agustina aitana alba albano alcides aldo alejo alfonsina almudena ' +
    'amparo anabel anacleto anselmo antonieta araceli arcadio aristides armando arsenio aurelio ausencio ' +
    'baltasar bartolome basilio benedita benigno bernardino bienvenido blanca bruna calixto ' +
    'casimiro catalina cayetana cayetano celestino celso cipriano clemente cleto conrado constanza cristobal ' +
    'custodio dalia damiana damian dario delfina demetrio desiderio diogo domingas duarte edelmira edmundo ' +
    'edison eduarda efrain eladio eleuterio eligio elpidio emigdio encarnacion epifanio ernestina ' +
    'esperanza eulalia eusebio evaristo ezequiel fabricio facundo fausto feliciano fermin filomena florencio ' +
    'fulgencio gaspar genoveva gervasio gonzalo graca graciela gumersindo heitor herminia hernan hilario ' +
    'hipolito honorio horacio iker inmaculada isidoro isidro jacinto jimena joao jenaro joaquina jovita ' +
    'juliana lautaro leocadia leonor leopoldo lisandro lorenzo lucrecia ludovico macario maite ' +
    'marcelino marcial mariela marisol matias maximino melchor mireya modesto nahuel nazario nicanor ' +
    'noemi norberto obdulio octavio odete olegario onofre osvaldo pastora patricio paulo perpetua ' +
    'plinio policarpo primitivo prudencio purificacion quiteria rafaela ramiro rigoberto ' +
    'rocio rodolfo romulo rosalia rosaura rufino sabino salome saturnino segundo serafin severino silvestre ' +
    'sinforoso tadeo telmo teodoro tiago tomas ulises valdemar valentin venancio vicenta vitoria ' +
    'wilfredo xavier yolanda zacarias zoila ' +
    // Portuguese
    'afonso brites caetano conceicao custodia deolinda doroteia fernao goncalo gustavo herculano ' +
    'ines irene joana jorge lucinda manuela marcio nuno rui sancho tome vasco vera viriato ' +
    // Nordic and Dutch
    'anders annelies arvid astrid birgitta bjorn dagny eskil freja gunnar henrik ingrid jorunn kjell ' +
    'lars leif liv magnus malin marit nils oddvar ole pernille ragnar rune siv sigrid solveig stig sven ' +
    'thora tove trond ulf vidar wouter joost maarten sanne femke anneke'
  ).split(/\s+/),
);

/** "Juan", "Lucía", "Tiago" (accents ignored). */
export function isFirstName(word: string): boolean {
  return (flagsOf(word) & FIRST_NAME) !== 0;
}

export function isLastName(word: string): boolean {
  return (flagsOf(word) & LAST_NAME) !== 0;
}

/** Multiword cities the lexicon lacks (it knows "Geneva", not "Mexico City"). */
const MULTIWORD_CITIES = new Set([
  'mexico city',
  'guatemala city',
  'panama city',
  'kuwait city',
  'san jose',
  'san salvador',
  'buenos aires',
  'sao paulo',
  'rio de janeiro',
  'new delhi',
  'tel aviv',
  'washington dc',
  'washington d.c.',
  'la paz',
  'santo domingo',
  'ciudad juarez',
]);

const PLACE_TAGS = new Set(['Country', 'City', 'Region', 'Place']);

/** Whole name is a country, city or region ("South Africa", "Tbilisi"). */
export function isPlaceName(name: string): boolean {
  return (flagsOf(name) & PLACE) !== 0;
}

export function isCountry(name: string): boolean {
  return (flagsOf(name) & COUNTRY) !== 0;
}

/** Ordinary English word (verb, adjective, common noun...) that is not a name. */
export function isCommonWord(word: string): boolean {
  return (flagsOf(word) & COMMON_WORD) !== 0;
}

const FIRST_NAME = 1;
const LAST_NAME = 2;
const PLACE = 4;
const COUNTRY = 8;
const COMMON_WORD = 16;

/** The answers above for one word or name, as bits; bounded like the name-key memos. */
const flags = new Map<string, number>();

function flagsOf(word: string): number {
  let f = flags.get(word);
  if (f === undefined) {
    if (flags.size > 100_000) flags.clear();
    f = computeFlags(word);
    flags.set(word, f);
  }
  return f;
}

function computeFlags(word: string): number {
  const folded = fold(word);
  const tags = tagsOf(word);
  let f = 0;
  if (
    MORE_FIRST_NAMES.has(folded) ||
    tags.some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName')
  )
    f |= FIRST_NAME;
  if (tags.includes('LastName')) f |= LAST_NAME;
  if (MULTIWORD_CITIES.has(folded) || tags.some((t) => PLACE_TAGS.has(t))) f |= PLACE;
  if (tags.includes('Country')) f |= COUNTRY;
  if (tags.length > 0 && !tags.some((t) => /Name|Country|City|Region|Place|Organization|ProperNoun/.test(t)))
    f |= COMMON_WORD;
  return f;
}

/**
 * Spanish adjectives that end the names of associations and never a person's name: "Causa Común", "Abogadas
 * Unidas", "Acción Ciudadana", "Propuesta Cívica". General vocabulary, not names.
 */
const SPANISH_ORG_ADJECTIVES = new Set(
  (
    'comun comunes civica civico civicas civicos ciudadana ciudadano ciudadanas ciudadanos unidas unidos ' +
    'libre libres abierta abierto abiertas abiertos publica publico sociales politica politico ' +
    'mexicana mexicano nacional digitales solidaria solidario colectiva democratica ' +
    'democratico independiente independientes comunitaria comunitario juridica juridico'
  ).split(' '),
);

/** "Común", "Unidas" (accents ignored). */
export function isSpanishOrgAdjective(word: string): boolean {
  return SPANISH_ORG_ADJECTIVES.has(fold(word));
}
