import type { Panel } from '@/components/panel/types';
import { rankingsPanel } from '@/features/rankings/rankings-panel';
import { startupsPanel } from '@/features/startups/startups-panel';
import { fintechPanel } from '@/features/fintech/fintech-panel';
import { fundingPanel } from '@/features/funding/funding-panel';

/** Every panel, once, in display order. The grid, presentation mode and exports iterate this. */
export const PANELS: readonly Panel[] = [rankingsPanel, startupsPanel, fintechPanel, fundingPanel];
