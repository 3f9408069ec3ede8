import { rankingsPanel } from '@/features/rankings/rankings-panel';
import { startupsPanel } from '@/features/startups/startups-panel';
import { fintechPanel } from '@/features/fintech/fintech-panel';
import { fundingPanel } from '@/features/funding/funding-panel';
import { universitiesPanel } from '@/features/universities/universities-panel';
import { rndPanel } from '@/features/rnd/rnd-panel';
import { infrastructurePanel } from '@/features/infrastructure/infrastructure-panel';
import { talentPanel } from '@/features/talent/talent-panel';
import { biotechPanel } from '@/features/biotech/biotech-panel';

/** Every panel, once, in display order. The grid, presentation mode and exports iterate this. */
export const PANELS = [
  rankingsPanel,
  startupsPanel,
  fintechPanel,
  fundingPanel,
  universitiesPanel,
  rndPanel,
  infrastructurePanel,
  talentPanel,
  biotechPanel,
] as const;

/** A panel's id: adding a panel to the list above is all it takes to add its id. */
export type PanelId = (typeof PANELS)[number]['id'];
