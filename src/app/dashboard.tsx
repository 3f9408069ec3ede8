import { PanelFrame } from '@/components/panel/panel-frame';
import { HeadlineStrip } from '@/features/headlines/headline-strip';
import { PANELS } from './panel-registry';

export function Dashboard() {
  return (
    <>
      <HeadlineStrip />
      <div className="grid grid-cols-1 items-start gap-6 xl:grid-cols-2">
        {PANELS.map((panel) => (
          <PanelFrame key={panel.id} panel={panel} />
        ))}
      </div>
    </>
  );
}
