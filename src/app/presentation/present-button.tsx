import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { enterFullscreen } from '@/lib/fullscreen';

/** Starts presenting from a click or the `p` key (both user gestures, so full screen is allowed). */
export function PresentButton({ onPresent }: { onPresent: () => void }) {
  const { t } = useTranslation();
  const start = () => {
    void enterFullscreen();
    onPresent();
  };
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const target = event.target;
      const typing =
        target instanceof HTMLInputElement ||
        target instanceof HTMLSelectElement ||
        target instanceof HTMLTextAreaElement;
      if (typing || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === 'p' || event.key === 'P') {
        event.preventDefault();
        void enterFullscreen();
        onPresent();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onPresent]);
  return (
    <button
      type="button"
      onClick={start}
      title={t('present.hint')}
      className="rounded-lg bg-accent px-4 py-2 compact:px-2.5 font-medium text-on-accent hover:bg-accent/90"
    >
      {t('present.button')}
    </button>
  );
}
