namespace ReportBuilder.Register.Layout;

/// <summary>A sheet of the documented layout (../shared/register-format.md) and its columns.</summary>
public sealed record SheetSpec(string Name, bool Required, IReadOnlyList<ColumnSpec> Columns)
{
    public ColumnSpec? Find(string column) =>
        Columns.FirstOrDefault(c => string.Equals(c.Name, column, StringComparison.OrdinalIgnoreCase));
}
