import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { startRefreshSchedule } from '@/data/refresh-schedule';

/** A lobby screen (presenting with auto-advance) refreshes its data every `minutes`. */
export function useKioskRefresh(active: boolean, minutes: number): void {
  const client = useQueryClient();
  useEffect(() => {
    if (!active) return;
    return startRefreshSchedule(client, minutes * 60_000);
  }, [active, minutes, client]);
}
