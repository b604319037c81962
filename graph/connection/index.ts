/**
 * Public face of the Neo4j connection: the shared driver handle, error mapping and value conversion.
 */
export { openDriver, withNeo4j, type Neo4jHandle } from './driver.ts';
export { toDatabaseError, type ErrorContext } from './errors.ts';
export {
  toNative,
  type Native,
  type NativeNode,
  type NativePath,
  type NativeRelationship,
} from './native.ts';
