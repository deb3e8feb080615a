namespace ReportBuilder.Register.Layout;

/// <summary>A column of the documented layout. Translation names the other-language twin (SurnameEn ⇄ SurnameRu).</summary>
public sealed record ColumnSpec(string Name, bool Required = false, string? Translation = null);
