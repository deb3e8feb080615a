namespace ReportBuilder.Register.Layout;

/// <summary>The Register section of appsettings.json.</summary>
public sealed class RegisterOptions
{
    /// <summary>Workbooks, folders or globs (registers/*.xlsx); several are merged into one register.</summary>
    public List<string> Paths { get; set; } = [];

    /// <summary>Extra names for sheets and columns, by the documented name: Sheets:Events:Columns:Date = ["Дата"].</summary>
    public Dictionary<string, SheetAliases> Sheets { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

/// <summary>Other names a sheet and its columns may carry in staff's workbooks.</summary>
public sealed class SheetAliases
{
    public List<string> Names { get; set; } = [];

    public Dictionary<string, List<string>> Columns { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
