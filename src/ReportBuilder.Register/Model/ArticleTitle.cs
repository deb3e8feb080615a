namespace ReportBuilder.Register.Model;

/// <summary>The title of a Criminal Code article (Part blank: the whole article).</summary>
public sealed record ArticleTitle(string Article, string? Part, string? TitleEn, string? TitleRu, SourceRow Row);
