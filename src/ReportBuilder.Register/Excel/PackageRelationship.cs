namespace ReportBuilder.Register.Excel;

/// <summary>One relationship of a package part: its id, its type's last segment (worksheet, styles …) and the part it targets.</summary>
internal sealed record PackageRelationship(string Id, string Type, string Target);
