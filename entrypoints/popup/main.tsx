import { render } from 'preact';
import '../../assets/pages.css';
import { t, uiLanguage } from '../../lib/i18n';
import { App } from './App';
import './style.css';

document.documentElement.lang = uiLanguage();
document.title = t('popup_title');
const root = document.getElementById('app');
if (root) render(<App />, root);
