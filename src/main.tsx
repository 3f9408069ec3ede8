import { afterFirstPaint } from '@/app/after-first-paint';
import './index.css';

// The entry: the app's code is fetched and run only once the prerendered first screen is on
// screen, since on a slow phone and network its download and run would hold back that paint.
// Everything after that happens in order in src/app/start.tsx.
void afterFirstPaint()
  .then(() => import('@/app/start'))
  .then(({ start }) => start());
