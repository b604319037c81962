// Entry point of the page: build the app shell, then mount the features (core first, then B's features).
import './app/zod-setup.ts';
import './styles/index.css';
import { createApp } from './app/index.ts';
import { mountExplore } from './explore/index.ts';
import { mountFilters } from './filters/index.ts';
import { mountNetwork, requestGraph } from './network/index.ts';
import { createPageApi } from './api/index.ts';
import { mountTimeline } from './timeline/index.ts';
import { mount as mountQueries } from './queries/index.ts';
import { mount as mountConsole } from './console/index.ts';
import { mount as mountPresentation } from './presentation/index.ts';
import { mount as mountShare } from './share/index.ts';

// the first graph window is requested before anything is built: the server answers while the page builds
const api = createPageApi();
const initial = requestGraph(api);
const app = createApp(api);
mountNetwork(app, initial);
mountExplore(app);
mountFilters(app);
mountTimeline(app);
mountQueries(app);
mountConsole(app);
mountPresentation(app);
mountShare(app);
