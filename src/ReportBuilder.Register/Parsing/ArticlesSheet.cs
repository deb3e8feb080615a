using ReportBuilder.Register.Model;

namespace ReportBuilder.Register.Parsing;

/// <summary>Reads the Articles sheet: titles of Criminal Code articles and parts.</summary>
internal static class ArticlesSheet
{
    public static IEnumerable<ArticleTitle> Read(SheetTable t)
    {
        foreach (var row in t.DataRows)
        {
            var article = t.RequiredText(row, "Article");
            var part = t.Text(row, "Part");
            var titleEn = t.Text(row, "TitleEn");
            var titleRu = t.Text(row, "TitleRu");
            t.CheckTranslations(row);
            if (article is not null) yield return new ArticleTitle(article, part, titleEn, titleRu, t.Source(row));
        }
    }
}
