using DocumentFormat.OpenXml;

namespace ReportBuilder.Docx.Parsing;

/// <summary>One part of a template (body, header1, footnotes …) after lex, parse and check.</summary>
public sealed record CompiledPart(string Name, OpenXmlElement Root, IReadOnlyList<TemplateNode> Tree, IReadOnlyList<TagOccurrence> Tags);
