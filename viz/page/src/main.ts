// Entry point of the page: build the app shell, then mount the features (core first, then B's features).
import './app/zod-setup.ts';
import './styles/index.css';
import { createApp } from './app/index.ts';
import { mountExplore } from './explore/index.ts';
import { mountFilters } from './filters/index.ts';
import { mountNetwork } from './network/index.ts';
import { mountTimeline } from './timeline/index.ts';

const app = createApp();
mountNetwork(app);
mountExplore(app);
mountFilters(app);
mountTimeline(app);
