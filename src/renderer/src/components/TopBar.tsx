/** The bar at the top of every page: app and archive name, the sections, search, language. */
import { useTranslation } from 'react-i18next';
import type { Route } from '../lib/router';
import { LanguageSwitch } from './LanguageSwitch';
import { SearchBox } from './SearchBox';

type Section =
  'dashboard' | 'persons' | 'facilities' | 'articles' | 'documents' | 'settings' | 'import';

function sectionOf(route: Route): Section | null {
  switch (route.page) {
    case 'dashboard':
      return 'dashboard';
    case 'persons':
    case 'person':
      return 'persons';
    case 'facilities':
    case 'facility':
      return 'facilities';
    case 'articles':
    case 'article':
      return 'articles';
    case 'documents':
    case 'document':
      return 'documents';
    case 'settings':
      return 'settings';
    case 'import':
      return 'import';
    default:
      return null;
  }
}

export function TopBar(props: { readonly archiveName: string; readonly route: Route }) {
  const { t } = useTranslation();
  const section = sectionOf(props.route);
  const link = (target: Section, href: string, label: string) => (
    <a href={href} aria-current={section === target ? 'page' : undefined}>
      {label}
    </a>
  );
  return (
    <header className="top-bar">
      <div className="brand">
        <span className="brand-name">{t('app.name')}</span>
        <span className="brand-archive" title={t('nav.openArchive')}>
          {props.archiveName}
        </span>
      </div>
      <nav className="main-nav" aria-label={t('nav.label')}>
        {link('dashboard', '#/', t('nav.dashboard'))}
        {link('persons', '#/persons', t('nav.prisoners'))}
        {link('facilities', '#/facilities', t('nav.facilities'))}
        {link('articles', '#/articles', t('nav.articles'))}
        {link('documents', '#/documents', t('nav.documents'))}
        {link('settings', '#/settings', t('settings.title'))}
        {link('import', '#/import', t('importing.button'))}
      </nav>
      <SearchBox />
      <LanguageSwitch />
    </header>
  );
}
