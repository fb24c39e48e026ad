import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Registers every element (the npm entry). Import only the ones you use to ship less:
// 'ipt-widgets/explainer', 'ipt-widgets/problem-area-quiz', 'ipt-widgets/selfcare-checklist', 'ipt-widgets/crisis-help'.
import 'ipt-widgets';
// JSX types for the elements: types only, removed from the build.
import type {} from 'ipt-widgets/react';
import { App } from './App.js';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
