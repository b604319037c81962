/**
 * A deterministic synthetic investigation graph for the load benchmark: realistic ids and names, source
 * documents whose text holds every evidence sentence at its offsets, and relations clustered by document
 * (a document talks about a neighbourhood of entities, as real ones do). Same seed, same graph.
 */
import { createHash } from 'node:crypto';
import {
  RELATION_TYPES,
  type Entity,
  type EntityType,
  type Evidence,
  type Extraction,
  type Relation,
  type SourceDocument,
} from '../../core/model/index.ts';
import { seededRandom } from '../random.ts';

const FIRST = [
  'Ana',
  'Luis',
  'Maria',
  'Jorge',
  'Thandi',
  'Sipho',
  'Nino',
  'Giorgi',
  'Carmen',
  'Pedro',
  'Lerato',
  'Irina',
  'Tomás',
  'Aisha',
  'Daniel',
  'Sofía',
];
const LAST = [
  'Pérez',
  'García',
  'Mokoena',
  'Beridze',
  'Hernández',
  'Nkosi',
  'López',
  'Kapanadze',
  'Ramírez',
  'Dlamini',
  'Torres',
  'Gelashvili',
  'Vargas',
  'Ndlovu',
];
const ORG_A = ['National', 'Open', 'Civic', 'Federal', 'Regional', 'Independent', 'Global', 'Citizen'];
const ORG_B = ['Transparency', 'Accountability', 'Data', 'Rights', 'Press', 'Justice', 'Budget', 'Security'];
const ORG_C = [
  'Institute',
  'Network',
  'Alliance',
  'Ministry',
  'Foundation',
  'Commission',
  'Observatory',
  'Council',
];
const PLACES = ['Mexico City', 'Tbilisi', 'Pretoria', 'Cape Town', 'Oaxaca', 'Batumi', 'Durban', 'Puebla'];
const TECH = ['Pegasus', 'FinFisher', 'Galileo', 'Predator', 'Candiru', 'Hermit'];
const TYPES: Array<[EntityType, number]> = [
  ['Person', 0.4],
  ['Organization', 0.3],
  ['Place', 0.1],
  ['Event', 0.08],
  ['Document', 0.07],
  ['Technology', 0.05],
];
const RELATIONS = RELATION_TYPES.filter((t) => t !== 'MENTIONS');

export interface SyntheticOptions {
  entities: number;
  relations: number;
  documents: number;
  seed?: number;
}

export function syntheticGraph(options: SyntheticOptions): Extraction {
  const rand = seededRandom(options.seed ?? 42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const entities: Entity[] = [];
  for (let i = 0; i < options.entities; i++) {
    let roll = rand();
    const type = (TYPES.find(([, p]) => (roll -= p) < 0) ?? TYPES[0])![0];
    const base =
      type === 'Person'
        ? `${pick(FIRST)} ${pick(LAST)}`
        : type === 'Organization'
          ? `${pick(ORG_A)} ${pick(ORG_B)} ${pick(ORG_C)}`
          : type === 'Place'
            ? pick(PLACES)
            : type === 'Technology'
              ? pick(TECH)
              : type === 'Event'
                ? `${pick(PLACES)} Summit`
                : `Open Letter on ${pick(ORG_B)}`;
    const name = `${base} ${i}`;
    const entity: Entity = {
      id: `${type.toLowerCase()}:${i}`,
      type,
      name,
      aliases: [`${base.split(' ')[0]} ${i}`],
      mentions: 1 + (i % 7),
    };
    if (type === 'Organization')
      entity.kind = pick(['civil_society', 'government', 'company', 'media'] as const);
    if (type === 'Event') entity.date = `20${10 + (i % 10)}-0${1 + (i % 9)}-1${i % 10}`;
    entities.push(entity);
  }

  const texts: string[][] = Array.from({ length: options.documents }, () => []);
  const lengths = new Array<number>(options.documents).fill(0);
  const relations: Relation[] = [];
  const window = Math.max(2, Math.ceil((options.entities / options.documents) * 4));
  const sentence = (doc: number, text: string, method: string): Evidence => {
    const start = lengths[doc] as number;
    texts[doc]!.push(text);
    lengths[doc] = start + text.length + 1;
    return {
      document: `doc:${doc}`,
      text,
      start,
      end: start + text.length,
      method,
      confidence: 0.5 + rand() / 2,
    };
  };
  for (let i = 0; i < options.relations; i++) {
    const doc = i % options.documents;
    const offset = Math.floor((doc * options.entities) / options.documents);
    const a = entities[(offset + Math.floor(rand() * window)) % options.entities] as Entity;
    let b = entities[(offset + Math.floor(rand() * window)) % options.entities] as Entity;
    if (b.id === a.id) b = entities[(entities.indexOf(a) + 1) % options.entities] as Entity;
    const type = pick(RELATIONS);
    const words = type.toLowerCase().replace(/_/g, ' ');
    const evidence = [sentence(doc, `${a.name} ${words} ${b.name}.`, 'pattern')];
    if (rand() < 0.05)
      evidence.push(
        sentence((doc + 1) % options.documents, `${b.name} was ${words} by ${a.name}.`, 'dependency'),
      );
    relations.push({ id: `rel:${i}`, type, source: a.id, target: b.id, evidence });
  }
  const documents: SourceDocument[] = texts.map((lines, i) => {
    const text = lines.join('\n');
    return {
      id: `doc:${i}`,
      path: `synthetic/report-${String(i).padStart(4, '0')}.md`,
      title: `Synthetic report ${i}`,
      date: `2018-0${1 + (i % 9)}-1${i % 10}`,
      kind: 'report',
      sha256: createHash('sha256').update(text).digest('hex'),
      format: 'md',
      text,
    };
  });
  return { documents, entities, relations, mentions: [], failures: [] };
}
