using DocumentFormat.OpenXml.Wordprocessing;
using ReportBuilder.Docx.Problems;

namespace ReportBuilder.Docx.Parsing;

/// <summary>A parsed tag in its isolated run, with its paragraph and location.</summary>
public sealed record TagOccurrence(Run Run, Paragraph Paragraph, TagSyntax Syntax, TemplateLocation Location, bool Standalone);
