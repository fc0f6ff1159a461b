/**
 * A deep link straight into a run (?scenario=…&enter=1): starts fetching the run's code and the
 * scene's packed geometry. main.tsx imports this module first, so it runs as the first thing the
 * entry chunk evaluates, before the rest of the app's modules and React's first render: the run's
 * chunks are on their way while those run, instead of being asked for after them (issue #3: the
 * room's first frame). In a production build, index.html's inline script has asked for them even
 * earlier, while the page was parsed (scripts/deepLinkPreload.ts): these requests then find them
 * on their way.
 */
import { readRunParams } from '../params';
import { runScreenModule } from './runScreenModule';
import { fetchSceneById } from './sceneFetch';

const params = readRunParams();
if (params.enter && params.scenario && !params.inspector) {
  runScreenModule.get().catch(() => undefined);
  void fetchSceneById(params.scenario);
}
