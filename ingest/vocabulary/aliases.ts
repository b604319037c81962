/**
 * Curated alias table for well-known institutions of this field (data, not code): acronyms, Spanish and
 * English names that text alone cannot link ("SFP" = "Ministry of Public Administration"). Extraction still
 * finds entities that are not here; the table only merges and types the ones that are.
 */
import type { EntityType, OrganizationKind } from '../../core/model/index.ts';

export interface KnownEntity {
  /** Canonical display name. */
  name: string;
  type: EntityType;
  kind?: OrganizationKind;
  /** Other names; matched case-sensitively unless `lowercase` lists them. */
  aliases: string[];
  /** Multi-word aliases that are also recognised in lower case ("core group"). */
  lowercase?: string[];
}

export const KNOWN_ENTITIES: KnownEntity[] = [
  {
    name: 'Secretaría de la Función Pública',
    type: 'Organization',
    kind: 'government',
    aliases: [
      'SFP',
      'Ministry of Public Function',
      'Ministry of Public Administration',
      'Secretariat of Public Administration',
      'Secretariat of Public Function',
      'Secretariat of the Civil Service',
      'Ministry of the Civil Service',
      'Secretaria de la Funcion Publica',
    ],
  },
  {
    name: 'National Institute for Transparency, Access to Information and Personal Data Protection',
    type: 'Organization',
    kind: 'government',
    aliases: [
      'INAI',
      'Instituto Nacional de Transparencia, Acceso a la Información y Protección de Datos Personales',
      'National Institute for Access to Information and Data Protection',
      'National Institute for Access to Information and Personal Data Protection',
      'National Institute of Transparency, Access to Information and Protection of Personal Data',
    ],
  },
  {
    name: 'Núcleo de Organizaciones de la Sociedad Civil',
    type: 'Organization',
    kind: 'civil_society',
    aliases: [
      'NOSC',
      'Core Group of Civil Society',
      'Core Group of Civil Society Organisations',
      'Core Group of Civil Society Organizations',
      'Mexican Civil Society Core Group',
      'Civil Society Core Group',
      'Core Civil Society Group',
      'CSO Core Group',
      'Núcleo de la Sociedad Civil',
      'Núcleo de la Sociedad Civil para el Gobierno Abierto en México',
      'Núcleo de Organizaciones de la Sociedad Civil para el Gobierno Abierto',
    ],
    lowercase: ['civil society core group', 'core group'],
  },
  {
    name: 'Tripartite Technical Secretariat',
    type: 'Organization',
    kind: 'government',
    aliases: [
      'STT',
      'TTS',
      'Technical Tripartite Secretariat',
      'Mexico Tripartite Technical Secretariat',
      'Secretariado Técnico Tripartita',
    ],
  },
  {
    name: 'Open Government Partnership',
    type: 'Organization',
    kind: 'multilateral',
    aliases: ['OGP', 'Alianza para el Gobierno Abierto'],
  },
  {
    name: 'OGP Steering Committee',
    type: 'Organization',
    kind: 'multilateral',
    aliases: [
      'Open Government Partnership Steering Committee',
      'Steering Committee of the Open Government Partnership',
      "OGP's Steering Committee",
    ],
  },
  {
    name: "Attorney General's Office",
    type: 'Organization',
    kind: 'government',
    aliases: [
      'PGR',
      'Attorney General Office',
      'Office of the Attorney General',
      'Procuraduría General de la República',
      'Fiscalía General de la República',
    ],
  },
  { name: 'Citizen Lab', type: 'Organization', kind: 'research', aliases: ['CitizenLab', 'The Citizen Lab'] },
  {
    name: 'Red en Defensa de los Derechos Digitales',
    type: 'Organization',
    kind: 'civil_society',
    aliases: ['R3D'],
  },
  { name: 'SocialTIC', type: 'Organization', kind: 'civil_society', aliases: ['SocialTic', 'Social TIC'] },
  {
    name: 'Article 19',
    type: 'Organization',
    kind: 'civil_society',
    aliases: ['Article19', 'ARTICLE 19', 'Artículo 19'],
  },
  { name: 'NSO Group', type: 'Organization', kind: 'company', aliases: ['NSO', 'NSO Group Technologies'] },
  { name: 'Pegasus', type: 'Technology', aliases: [] },
  { name: 'The New York Times', type: 'Organization', kind: 'media', aliases: ['New York Times', 'NYT'] },
  { name: 'United Nations', type: 'Organization', kind: 'multilateral', aliases: ['UN', 'U.N.', 'ONU'] },
  // International human-rights and digital-rights groups that name no head word ("Human Rights Watch").
  {
    name: 'Amnesty International',
    type: 'Organization',
    kind: 'civil_society',
    aliases: ['Amnistía Internacional', 'Amnesty Tech'],
  },
  { name: 'Human Rights Watch', type: 'Organization', kind: 'civil_society', aliases: ['HRW'] },
  { name: 'Access Now', type: 'Organization', kind: 'civil_society', aliases: [] },
  { name: 'Privacy International', type: 'Organization', kind: 'civil_society', aliases: [] },
  {
    name: 'Reporters Without Borders',
    type: 'Organization',
    kind: 'civil_society',
    aliases: ['RSF', 'Reporters sans frontières', 'Reporteros sin Fronteras', 'Repórteres sem Fronteiras'],
  },
  { name: 'Front Line Defenders', type: 'Organization', kind: 'civil_society', aliases: [] },
  { name: 'Freedom House', type: 'Organization', kind: 'civil_society', aliases: [] },
  { name: 'Forbidden Stories', type: 'Organization', kind: 'media', aliases: [] },
  {
    name: 'Organization of American States',
    type: 'Organization',
    kind: 'multilateral',
    aliases: ['OAS', 'OEA'],
  },
];
