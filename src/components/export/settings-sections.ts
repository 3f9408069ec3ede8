import type { TFunction } from 'i18next';
import type { MenuSection } from './export-menu';
import { updateExportSettings } from './export-store';
import {
  DENSITIES,
  FIXED_SIZES,
  SIZE_PRESETS,
  type ExportSettings,
  type SizePreset,
} from './types';

/** The CSS size of a preset: fixed for a slide or a square, the panel's own for "as on screen". */
export function presetSize(
  preset: SizePreset,
  screen: { width: number; height: number } | null,
): { width: number; height: number } | null {
  return preset === 'screen' ? screen : FIXED_SIZES[preset];
}

/** The size, density and theme choices every Export menu starts with. */
export function settingsSections(
  settings: ExportSettings,
  t: TFunction,
  screen: { width: number; height: number } | null,
): MenuSection[] {
  const size = presetSize(settings.size, screen);
  return [
    {
      id: 'size',
      label: t('export.size.heading'),
      items: SIZE_PRESETS.map((preset) => ({
        kind: 'radio',
        id: `size-${preset}`,
        label: t(`export.size.${preset}`),
        checked: settings.size === preset,
        onSelect: () => updateExportSettings({ size: preset }),
      })),
    },
    {
      id: 'density',
      label: t('export.density.heading'),
      items: DENSITIES.map((density) => ({
        kind: 'radio',
        id: `density-${density}`,
        label: size
          ? t('export.density.option', {
              density,
              width: Math.round(size.width) * density,
              height: Math.round(size.height) * density,
            })
          : t('export.density.optionUnknown', { density }),
        checked: settings.density === density,
        onSelect: () => updateExportSettings({ density }),
      })),
    },
    {
      id: 'theme',
      label: t('theme.label'),
      items: [
        {
          kind: 'checkbox',
          id: 'keep-theme',
          label: t('export.keepTheme'),
          checked: settings.keepTheme,
          onSelect: () => updateExportSettings({ keepTheme: !settings.keepTheme }),
        },
      ],
    },
  ];
}
