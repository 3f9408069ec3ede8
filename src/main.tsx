import { afterFirstPaint } from '@/app/after-first-paint';
import './index.css';

// The app's code is fetched and run only once the prerendered first screen is on screen: on a
// slow phone and network, its download and its run would otherwise hold back that first paint.
void afterFirstPaint().then(() => import('@/app/start'));
