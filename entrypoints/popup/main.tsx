import { render } from 'preact';
import { t } from '../../lib/i18n';

function App() {
  return <h1>{t('extName')}</h1>;
}

const root = document.getElementById('app');
if (root) render(<App />, root);
