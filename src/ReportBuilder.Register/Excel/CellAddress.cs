using System.Globalization;

namespace ReportBuilder.Register.Excel;

/// <summary>A1-style addresses: "D14" is row 14, column 4.</summary>
public static class CellAddress
{
    public static string Format(int row, int column) => ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);

    public static string ColumnName(int column)
    {
        Span<char> buffer = stackalloc char[4];
        var i = buffer.Length;
        while (column > 0)
        {
            var rem = (column - 1) % 26;
            buffer[--i] = (char)('A' + rem);
            column = (column - 1) / 26;
        }
        return new string(buffer[i..]);
    }

    /// <summary>Parses "D14" (also "$D$14") into (14, 4). Throws FormatException on anything else.</summary>
    public static (int Row, int Column) Parse(ReadOnlySpan<char> address)
    {
        int column = 0, row = 0, i = 0;
        if (i < address.Length && address[i] == '$') i++;
        for (; i < address.Length && char.IsAsciiLetter(address[i]); i++)
            column = (column * 26) + (char.ToUpperInvariant(address[i]) - 'A' + 1);
        if (i < address.Length && address[i] == '$') i++;
        for (; i < address.Length && char.IsAsciiDigit(address[i]); i++)
            row = (row * 10) + (address[i] - '0');
        if (i != address.Length || column == 0)
            throw new FormatException($"'{address}' is not a cell address.");
        return (row, column);
    }

}
