import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { host } from '../config';
import { languages } from '../i18n/languages';
import { setLanguage } from '../i18n/react';
import { href } from '../routing';
import { InPageLink } from './InPageLink';

/**
 * DKFDS page frame: skip link; a header with Parat and the authority that hosts it, with its contact; the main
 * content; a footer with contact, accessibility statement and privacy; and, last, the language switcher, where
 * DKFDS 11 places it ("placeres altid nederst i footeren"), the chosen language first.
 */
export function Layout({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const current = languages.find((l) => l === i18n.language) ?? languages[0];
  const ordered = [current, ...languages.filter((l) => l !== current)];
  const contact = host.contactUrl && <a href={host.contactUrl}>{t('layout.contact')}</a>;
  return (
    <>
      <InPageLink className="skipnav" to="main-content">
        {t('layout.skipLink')}
      </InPageLink>
      <header className="header">
        <div className="portal-header">
          <div className="container portal-header-inner">
            <div>
              <a href={href({ page: 'start' })} className="parat-brand">
                {t('layout.brand')}
              </a>
              <span className="parat-tagline">{t('layout.tagline')}</span>
            </div>
            {(host.name || contact) && (
              <div className="parat-host">
                {host.name && (
                  <p>
                    <strong>{host.name}</strong>
                  </p>
                )}
                {contact && <p>{contact}</p>}
              </div>
            )}
          </div>
        </div>
      </header>
      <main id="main-content" className="container parat-main" tabIndex={-1}>
        {children}
      </main>
      <footer>
        <div className="footer">
          <div className="container parat-footer">
            {host.name && (
              <p>
                <strong>{host.name}</strong>
              </p>
            )}
            <nav aria-label={t('layout.footerNav')}>
              <ul className="unstyled-list inline-list">
                {contact && <li>{contact}</li>}
                <li>
                  <a href={href({ page: 'assessments' })}>{t('pages.assessments')}</a>
                </li>
                <li>
                  <a href={href({ page: 'about' })}>{t('layout.about')}</a>
                </li>
                <li>
                  <a href={href({ page: 'about', section: 'privacy' })}>{t('layout.privacy')}</a>
                </li>
                {host.accessibilityStatementUrl && (
                  <li>
                    <a href={host.accessibilityStatementUrl}>{t('layout.accessibilityStatement')}</a>
                  </li>
                )}
              </ul>
            </nav>
          </div>
        </div>
        <div className="language-switcher">
          <div className="container">
            <ul aria-label={t('layout.language')}>
              {ordered.map((language) => (
                <li key={language}>
                  <button
                    type="button"
                    lang={language}
                    className="function-link"
                    aria-pressed={language === current}
                    onClick={() => void setLanguage(language)}
                  >
                    {t(`layout.languageName.${language}`)}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        </div>
      </footer>
    </>
  );
}
