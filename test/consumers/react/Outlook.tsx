// The README's React 19 snippet: attributes, `data` as a property, an event through a ref.
import { useCallback, useState } from 'react';
import type { OutlookChart, Profile } from 'career-widgets';
import 'career-widgets/outlook-chart.js';

export function Outlook({ profile }: { profile?: Profile }) {
  const [error, setError] = useState('');

  // A ref callback runs before the element first renders, so no cw-error is missed; React 19
  // calls the function it returns when the element goes.
  const listen = useCallback((chart: OutlookChart) => {
    const onError = (event: HTMLElementEventMap['cw-error']) => setError(event.detail.message);
    chart.addEventListener('cw-error', onError);
    return () => chart.removeEventListener('cw-error', onError);
  }, []);

  return (
    <>
      <outlook-chart ref={listen} theme="auto" locale="de-DE" data={profile}></outlook-chart>
      {error && <p role="alert">{error}</p>}
    </>
  );
}
