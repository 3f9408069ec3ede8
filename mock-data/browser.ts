import { setupWorker } from 'msw/browser';
import { SCENARIOS, scenarioHandlers, type ScenarioName } from './handlers';

function isScenario(value: string | null): value is ScenarioName {
  return value !== null && (SCENARIOS as readonly string[]).includes(value);
}

/** Dev only: `?scenario=slow|server-error|malformed|schema|partial|not-found` picks the data's behaviour. */
export async function startBrowserMocks(): Promise<void> {
  const requested = new URLSearchParams(window.location.search).get('scenario');
  const scenario = isScenario(requested) ? requested : 'success';
  const worker = setupWorker(...scenarioHandlers(scenario));
  await worker.start({ onUnhandledRequest: 'bypass', quiet: false });
  console.info(`[mock] data scenario: ${scenario}`);
}
