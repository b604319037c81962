// Entry point of the page: build the app shell, then mount the features (core first, then B's features).
import './styles/index.css';
import { createApp } from './app/index.ts';
import { mountNetwork } from './network/index.ts';

const app = createApp();
mountNetwork(app);
