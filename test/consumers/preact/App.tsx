/// <reference types="career-widgets/jsx" />
import 'career-widgets/salary-factors.js';
import { defaultProfile } from 'career-widgets';

export function App() {
  return (
    <div>
      <salary-factors theme="dark" data={defaultProfile} oncw-factor-select={(event) => console.log(event.detail.id)}></salary-factors>
      {/* @ts-expect-error: theme is light, dark or auto */}
      <salary-factors theme="purple" />
    </div>
  );
}
