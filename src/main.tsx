import { afterFirstPaint } from '@/app/after-first-paint';
import { warmLocaleData } from '@/app/warm-locale-data';
import './index.css';

// The app's code is fetched and run only once the prerendered first screen is on screen: on a
// slow phone and network, its download and its run would otherwise hold back that first paint.
// Meanwhile a worker loads the browser's locale data, which the app's first formatter would
// otherwise load on the main thread.
void afterFirstPaint().then(() => {
  void warmLocaleData();
  return import('@/app/start');
});
