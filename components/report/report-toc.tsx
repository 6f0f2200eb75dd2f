import { useTranslations } from "next-intl";

export type TTocEntry = { id: string; label: string; children?: TTocEntry[] };

/** Plain in-page links: Chromium turns them into working links inside the PDF. */
export function ReportToc({ entries }: { entries: TTocEntry[] }) {
  const t = useTranslations("report.toc");
  return (
    <nav className="report-toc" aria-labelledby="toc-title">
      <h2 id="toc-title">{t("title")}</h2>
      <ol>
        {entries.map((entry) => (
          <li key={entry.id}>
            <a href={`#${entry.id}`}>{entry.label}</a>
            {entry.children?.length ? (
              <ol>
                {entry.children.map((child) => (
                  <li key={child.id}><a href={`#${child.id}`}>{child.label}</a></li>
                ))}
              </ol>
            ) : null}
          </li>
        ))}
      </ol>
    </nav>
  );
}
