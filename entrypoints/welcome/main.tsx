import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../assets/pages.css';
import { cardCss, cueCss } from '../../components/styles';
import { Welcome } from '../../components/welcome/Welcome';
import { t, uiLanguage } from '../../lib/i18n';
import { SITE_REGISTRY } from '../../lib/sites/registry';
import './style.css';

document.documentElement.lang = uiLanguage();
document.title = t('welcome_title');
// The card's and badge's own stylesheet, as the sites get it (a constructed sheet: no inline style).
const sheet = new CSSStyleSheet();
sheet.replaceSync(`${cardCss}\n${cueCss}`);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
const root = document.getElementById('app');
const options = browser.runtime.getURL('/options.html');
if (root) render(<Welcome sites={Object.values(SITE_REGISTRY).map((s) => t(s.label))} practiceUrl={`${options}#practice`} optionsUrl={options} />, root);
