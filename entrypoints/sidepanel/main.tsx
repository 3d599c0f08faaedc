import { createRoot } from 'react-dom/client';
import { SidePanelApp } from '@/components/sidepanel/SidePanelApp';
import '@/components/sidepanel/sidepanel.css';

createRoot(document.getElementById('root') as HTMLElement).render(<SidePanelApp />);
