/**
 * The header every saved query carries in a leading `/* ... *\/` YAML block: what the query is for, its
 * parameters (typed, with defaults and ranges) and the view that suits its result. Validated with zod so a
 * broken header is caught when the library loads, not when an investigator runs the query.
 */
import { z } from 'zod';
import { EntityType, IsoDate } from '../../core/model/index.ts';

export const PARAM_TYPES = ['string', 'int', 'float', 'boolean', 'date', 'entity', 'entityList'] as const;
export const ParamType = z.enum(PARAM_TYPES);
export type ParamType = z.infer<typeof ParamType>;

export const VIEWS = ['graph', 'table', 'timeline'] as const;
export const View = z.enum(VIEWS);
export type View = z.infer<typeof View>;

/** Post-processing done in TypeScript after the Cypher runs (Community edition has no GDS plugin). */
export const COMPUTES = ['centrality'] as const;
export const Compute = z.enum(COMPUTES);
export type Compute = z.infer<typeof Compute>;

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const IDENT = /^[A-Za-z][A-Za-z0-9_]*$/;

export const ParamSpec = z
  .object({
    name: z.string().regex(IDENT, 'expected a Cypher parameter name (letters, digits, _)'),
    type: ParamType,
    description: z.string().min(1),
    default: z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]).optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    /** For `string`: the closed list of accepted values. */
    values: z.array(z.string().min(1)).min(1).optional(),
    /** For `entity`/`entityList`: only resolve names to entities of this type. */
    entityType: EntityType.optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    const numeric = p.type === 'int' || p.type === 'float';
    if (!numeric && (p.min !== undefined || p.max !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['min'], message: `min/max only apply to int and float` });
    }
    if (p.min !== undefined && p.max !== undefined && p.min > p.max) {
      ctx.addIssue({ code: 'custom', path: ['max'], message: `max (${p.max}) is below min (${p.min})` });
    }
    if (p.entityType !== undefined && p.type !== 'entity' && p.type !== 'entityList') {
      ctx.addIssue({ code: 'custom', path: ['entityType'], message: 'entityType only applies to entities' });
    }
    if (p.values !== undefined && p.type !== 'string') {
      ctx.addIssue({ code: 'custom', path: ['values'], message: 'values only apply to string params' });
    }
    if (p.values !== undefined && typeof p.default === 'string' && !p.values.includes(p.default)) {
      ctx.addIssue({ code: 'custom', path: ['default'], message: `default is not one of values` });
    }
    if (p.default === undefined) return;
    const ok = defaultFits(p.type, p.default, p.min, p.max);
    if (!ok) {
      ctx.addIssue({ code: 'custom', path: ['default'], message: `default does not fit type ${p.type}` });
    }
  });
export type ParamSpec = z.infer<typeof ParamSpec>;

function defaultFits(type: ParamType, value: unknown, min?: number, max?: number): boolean {
  const inRange = (n: number) => (min === undefined || n >= min) && (max === undefined || n <= max);
  switch (type) {
    case 'int':
      return typeof value === 'number' && Number.isInteger(value) && inRange(value);
    case 'float':
      return typeof value === 'number' && inRange(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'date':
      return typeof value === 'string' && IsoDate.safeParse(value).success;
    case 'entityList':
      return Array.isArray(value) && value.every((v) => typeof v === 'string' && v.trim() !== '');
    default:
      return typeof value === 'string' && value.trim() !== '';
  }
}

export const QueryHeader = z
  .object({
    name: z.string().regex(KEBAB, 'expected kebab-case, e.g. core-group-members'),
    title: z.string().min(1),
    description: z.string().min(1),
    view: View,
    params: z.array(ParamSpec).default([]),
    compute: Compute.optional(),
    /** For grouping in the viewer's library (e.g. people, surveillance, documents). */
    group: z.string().regex(KEBAB).optional(),
  })
  .strict()
  .superRefine((h, ctx) => {
    const seen = new Set<string>();
    h.params.forEach((p, i) => {
      if (seen.has(p.name)) {
        ctx.addIssue({ code: 'custom', path: ['params', i, 'name'], message: `duplicate param ${p.name}` });
      }
      seen.add(p.name);
    });
  });
export type QueryHeader = z.infer<typeof QueryHeader>;

/** A parsed saved query: its header, the Cypher body and where it came from. */
export interface SavedQuery extends QueryHeader {
  cypher: string;
  file: string;
}
