import { createRoot } from 'react-dom/client';
import { OptionsApp } from '@/components/options/OptionsApp';
import '@/components/options/options.css';

createRoot(document.getElementById('root') as HTMLElement).render(<OptionsApp />);
