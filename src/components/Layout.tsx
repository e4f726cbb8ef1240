import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { accessibilityStatementUrl } from '../config';
import { languages } from '../i18n';
import { setLanguage } from '../i18n/react';
import { href } from '../routing';
import { InPageLink } from './InPageLink';

/** DKFDS page frame: skip link, header, main content, and the footer with the language switch. */
export function Layout({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <InPageLink className="skipnav" to="main-content">
        {t('layout.skipLink')}
      </InPageLink>
      <header className="header">
        <div className="portal-header">
          <div className="container portal-header-inner">
            <a href={href({ page: 'start' })} className="parat-brand">
              {t('layout.brand')}
            </a>
            <span className="parat-tagline">{t('layout.tagline')}</span>
          </div>
        </div>
      </header>
      <main id="main-content" className="container parat-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="footer">
        <div className="container parat-footer">
          <nav aria-label={t('layout.footerNav')}>
            <ul className="footer-links unstyled-list">
              <li>
                <a href={href({ page: 'about' })}>{t('layout.about')}</a>
              </li>
              {accessibilityStatementUrl && (
                <li>
                  <a href={accessibilityStatementUrl}>{t('layout.accessibilityStatement')}</a>
                </li>
              )}
            </ul>
          </nav>
          <div className="parat-languages" role="group" aria-label={t('layout.language')}>
            {languages.map((language) => (
              <button
                key={language}
                type="button"
                lang={language}
                className="button button-tertiary"
                aria-pressed={i18n.language === language}
                onClick={() => void setLanguage(language)}
              >
                {t(`layout.languageName.${language}`)}
              </button>
            ))}
          </div>
        </div>
      </footer>
    </>
  );
}
