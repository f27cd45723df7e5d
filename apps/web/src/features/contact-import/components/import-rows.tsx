import { useTranslation } from 'react-i18next';
import type { ImportResultFieldsFragment } from '../../../gql/graphql';

/** One row per CSV line: OK, or each error with the column it concerns, translated by reason. */
export function ImportRows({ result }: { result: ImportResultFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table data-testid="import-rows">
        <thead>
          <tr>
            <th scope="col">{t('import.line')}</th>
            <th scope="col">{t('import.name')}</th>
            <th scope="col">{t('import.result')}</th>
          </tr>
        </thead>
        <tbody>
          {result.rows.map((row) => (
            <tr key={row.line} className={row.ok ? undefined : 'row-error'} data-testid={`import-row-${row.line}`}>
              <td>{row.line}</td>
              <td>{row.name}</td>
              <td>
                {row.ok ? (
                  t('import.ok')
                ) : (
                  <ul className="plain-list">
                    {row.errors.map((e, i) => (
                      <li key={i}>
                        {t('import.column')} <code>{e.field}</code>:{' '}
                        {t(`validation.${e.reason}`, { defaultValue: e.message })}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
