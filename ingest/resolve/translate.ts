/**
 * Word-bag key of an institution's name across English, Spanish, Portuguese and French: each word translated to one
 * English form, connectors dropped, the rest sorted. "Ministerio de la Presidencia" and "Ministry of the
 * Presidency", "Red de Gobierno Abierto de Costa Rica" and "Costa Rica Open Government Network" give the same
 * key. The table is general institutional vocabulary (no names); words it lacks pass through unchanged, so
 * proper words ("Ostrava", "Costa Rica") must match as written.
 */

/** Spanish and Portuguese words (folded: lowercase, no accents) and English variants → one English form. */
const WORDS: Record<string, string> = {};
function add(english: string, forms: string): void {
  for (const f of forms.split(' ')) WORDS[f] = english;
  WORDS[english] ??= english;
}
add('ministry', 'ministerio ministerios ministere');
add('secretariat', 'secretaria secretariado');
add('presidency', 'presidencia');
add('commission', 'comision comissao');
add('committee', 'comite');
add('council', 'consejo conselho conseil');
add('institute', 'instituto');
add('foundation', 'fundacion fundacao fondation');
add('association', 'asociacion associacao');
add('network', 'red rede reseau');
add('observatory', 'observatorio observatoire');
add('lab', 'laboratorio laboratory laboratories labs laboratoire');
add('center', 'centro');
add('collective', 'colectivo coletivo collectif');
add('alliance', 'alianza alianca');
add('coalition', 'coalicion coligacao');
add('federation', 'federacion federacao');
add('union', 'sindicato uniao syndicat');
add('agency', 'agencia agence');
add('authority', 'autoridad autoridade');
add('service', 'servicio servico');
add('directorate', 'direccion direcao direction');
add('department', 'departamento');
add('office', 'oficina gabinete');
add('court', 'corte tribunal');
add('chamber', 'sala camara');
add('assembly', 'asamblea assembleia');
add('congress', 'congreso congresso');
add('senate', 'senado');
add('parliament', 'parlamento');
add('government', 'gobierno governo');
add('university', 'universidad universidade universite');
add('faculty', 'facultad faculdade faculte');
add('school', 'escuela escola');
add('national', 'nacional nationale');
add('international', 'internacional');
add('interamerican', 'interamericana interamericano');
add('centralamerican', 'centroamericana centroamericano');
add('latinamerican', 'latinoamericana latinoamericano');
add('european', 'europea europeo europeia europeu');
add('public', 'publico publica publicos publicas publique publiques');
add('open', 'abierto abierta aberto aberta');
add('digital', 'digitales digitais numerique numeriques');
add('rights', 'derechos direitos droits');
add('human', 'humanos humanas humanos humains humaine humaines homme');
add('freedom', 'libertad liberdade liberty libertes liberte freedoms');
add('press', 'prensa imprensa presse');
add('journalists', 'periodistas jornalistas journalistes');
add('security', 'seguridad seguranca securite');
add('forensic', 'forense forenses forensics');
add('protection', 'proteccion protecao');
add('data', 'datos dados donnees');
add('defense', 'defensa defesa defence');
add('justice', 'justicia justica');
add('transparency', 'transparencia');
add('information', 'informacion informacao');
add('intelligence', 'inteligencia');
add('analysis', 'analisis analise');
add('strategic', 'estrategico estrategica estrategicos estrategicas');
add('communication', 'comunicacion comunicacao comunicaciones comunicacoes communications');
add('studies', 'estudios estudos');
add('research', 'investigacion investigacao');
add('development', 'desarrollo desenvolvimento');
add('health', 'salud saude');
add('education', 'educacion educacao');
add('interior', 'interior interieur');
add('affairs', 'asuntos assuntos');
add('relations', 'relaciones relacoes');
add('constitutional', 'constitucional');
add('supreme', 'suprema supremo');
add('electoral', 'eleitoral');
add('republic', 'republica');
add('nation', 'nacion nacao');
add('state', 'estado');
add('society', 'sociedad sociedade');
add('civil', 'civil');
add('social', 'sociales sociais');
add('environment', 'ambiente');
add('environmental', 'ambiental ambientales ambientais');
add('permanent', 'permanente permanentes');
add('special', 'especial');
add('technical', 'tecnica tecnico');
add('administration', 'administracion administracao');
add('police', 'policia');
add('army', 'ejercito exercito');
add('privacy', 'privacidad privacidade');
add('surveillance', 'vigilancia');
add('access', 'acceso acesso');
add('free', 'libre livre');
add('world', 'mundial');
add('organization', 'organizacion organizacao');
add('movement', 'movimiento movimento');
add('platform', 'plataforma');
add('initiative', 'iniciativa');
add('project', 'proyecto projeto');
add('party', 'partido');
add('lawyers', 'abogados advogados');
add('women', 'mujeres mulheres');
add('against', 'contra');
add('fund', 'fondo fundo');
add('economy', 'economia');
add('finance', 'hacienda financas finanzas');
add('labor', 'trabajo trabalho labour');
add('citizen', 'ciudadano ciudadana ciudadanos ciudadanas cidadao cidada');
add('media', 'medios');
add('general', 'general geral');

/** English spellings in the table: a name made of them and of English words is an English name. */
const ENGLISH = new Set(
  'laboratory laboratories labs forensics direction communications defence liberty labour freedoms'.split(
    ' ',
  ),
);

/** Connectors of the three languages, dropped from the bag. */
const CONNECTORS = new Set(
  'of for the on in and to at de del la las los el y e en da do das dos para por a o des du le les l d pour et aux au sur'.split(
    ' ',
  ),
);

/** English forms of institution words (the table's values): a bag needs one to be an institution's name. */
const INSTITUTION = new Set(Object.values(WORDS));

/**
 * Offices of state whose Spanish or Portuguese name is no word-for-word translation of the English one:
 * "Fiscalía General de la Nación" is the Attorney General's Office, "Defensoría del Pueblo" the Ombudsman's
 * Office, "Ministério Público" the Public Prosecutor's Office. Patterns over name keys, to one bag.
 */
const OFFICES: [RegExp, string][] = [
  [
    /^(?:fiscalia general(?: de la (?:nacion|republica)| del estado)?|attorney general office|office of the attorney general)$/,
    'attorney general office',
  ],
  [
    /^(?:defensoria del pueblo|defensoria de los habitantes|provedoria de justica|provedor de justica|ombudsman office|office of the ombudsman|ombudsperson office|office of the ombudsperson)$/,
    'office ombudsman',
  ],
  [
    /^(?:ministerio publico|public prosecutor office|office of the public prosecutor)$/,
    'office prosecutor public',
  ],
];

/** A name's translated word bag and whether the name holds Spanish or Portuguese words. */
export interface Bag {
  bag: string;
  foreign: boolean;
}

/**
 * Translated word bag of a name key (nameKey output), or null when it has fewer than two words or no
 * institution word.
 * @example bagOf('ministerio de la presidencia') // { bag: 'ministry presidency', foreign: true }
 */
export function bagOf(nk: string): Bag | null {
  for (const [re, bag] of OFFICES)
    if (re.test(nk)) return { bag, foreign: /^(?:fiscalia|defensoria|provedor|ministerio)/.test(nk) };
  const joined = nk.replace(/\b(inter|central|latin) (american)\b/g, '$1$2');
  const words: string[] = [];
  let institutional = false;
  let foreign = false;
  for (const w of joined.split(' ')) {
    if (!w || CONNECTORS.has(w)) continue;
    const t = WORDS[w] ?? w;
    if (INSTITUTION.has(t)) institutional = true;
    if (t !== w && !ENGLISH.has(w)) foreign = true;
    if (/^(?:de|del|la|las|los|el|y|da|do|das|dos|para|por)$/.test(w)) foreign = true;
    words.push(t);
  }
  if (/\b(?:de|del|da|do|dos|das|para|y)\b/.test(nk)) foreign = true;
  if (words.length < 2 || !institutional) return null;
  return { bag: words.sort().join(' '), foreign };
}

/**
 * The bag alone.
 * @example bagKey('ministerio de la presidencia') // 'ministry presidency'
 */
export function bagKey(nk: string): string | null {
  return bagOf(nk)?.bag ?? null;
}
