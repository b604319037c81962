/** What every route handler receives: the database reader, configuration, logger and storyboard store. */
import type { Config } from '../../core/config.ts';
import type { Logger } from '../../core/log.ts';
import type { Neo4jHandle } from '../../graph/connection/index.ts';
import type { ReadContext } from './read/db.ts';
import type { StoryboardStore } from './storyboards/store.ts';

export interface ServerContext {
  config: Config;
  handle: Neo4jHandle;
  log: Logger;
  read: ReadContext;
  storyboards: StoryboardStore;
  /** Folder of the built page (viz/dist). */
  distDir: string;
}
