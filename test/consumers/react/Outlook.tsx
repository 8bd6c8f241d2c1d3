// The README's React 19 snippet: attributes, `data` as a property, an event through a ref.
import { useEffect, useRef, useState } from 'react';
import type { OutlookChart, Profile } from 'career-widgets';
import 'career-widgets/outlook-chart.js';

export function Outlook({ profile }: { profile?: Profile }) {
  const chart = useRef<OutlookChart>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    const element = chart.current;
    if (!element) return;
    const onError = (event: HTMLElementEventMap['cw-error']) => setError(event.detail.message);
    element.addEventListener('cw-error', onError);
    return () => element.removeEventListener('cw-error', onError);
  }, []);

  return (
    <>
      <outlook-chart ref={chart} theme="auto" locale="de-DE" data={profile}></outlook-chart>
      {error && <p role="alert">{error}</p>}
    </>
  );
}
