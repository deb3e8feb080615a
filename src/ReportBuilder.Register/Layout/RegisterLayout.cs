namespace ReportBuilder.Register.Layout;

/// <summary>
/// The documented layout plus the aliases from configuration. The documented names always
/// work, so a register laid out as documented needs no configuration at all.
/// </summary>
public sealed class RegisterLayout
{
    private readonly Dictionary<string, SheetAliases> _aliases;

    private RegisterLayout(Dictionary<string, SheetAliases> aliases) => _aliases = aliases;

    public static RegisterLayout Default { get; } = new(new(StringComparer.OrdinalIgnoreCase));

    /// <summary>Checks every configured sheet and column name against the contract.</summary>
    public static RegisterLayout From(RegisterOptions options)
    {
        foreach (var (sheet, aliases) in options.Sheets)
        {
            var spec = RegisterSheets.All.FirstOrDefault(s => string.Equals(s.Name, sheet, StringComparison.OrdinalIgnoreCase))
                ?? throw new RegisterConfigurationException($"Register:Sheets:{sheet}",
                    $"'{sheet}' is not a sheet of the register layout; expected one of: {string.Join(", ", RegisterSheets.All.Select(s => s.Name))}.");
            foreach (var column in aliases.Columns.Keys)
            {
                if (spec.Find(column) is null)
                    throw new RegisterConfigurationException($"Register:Sheets:{sheet}:Columns:{column}",
                        $"'{column}' is not a column of sheet {spec.Name}; expected one of: {string.Join(", ", spec.Columns.Select(c => c.Name))}.");
            }
        }
        return new RegisterLayout(new(options.Sheets, StringComparer.OrdinalIgnoreCase));
    }

    public IReadOnlyList<string> SheetNames(SheetSpec sheet) =>
        [.. new[] { sheet.Name }
            .Concat(RussianColumnNames.OfSheet(sheet.Name))
            .Concat(_aliases.GetValueOrDefault(sheet.Name)?.Names ?? [])
            .Distinct(StringComparer.OrdinalIgnoreCase)];

    public IReadOnlyList<string> ColumnNames(SheetSpec sheet, ColumnSpec column) =>
        [.. new[] { column.Name }
            .Concat(RussianColumnNames.Of(sheet.Name, column.Name))
            .Concat(_aliases.GetValueOrDefault(sheet.Name)?.Columns.GetValueOrDefault(column.Name) ?? [])
            .Distinct(StringComparer.OrdinalIgnoreCase)];
}
