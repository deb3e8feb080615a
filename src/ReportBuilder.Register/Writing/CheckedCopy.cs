namespace ReportBuilder.Register.Writing;

/// <summary>Where Check register puts the marked copy of a workbook: checked/NAME.checked.xlsx beside it.</summary>
public static class CheckedCopy
{
    public const string Folder = "checked";
    public const string Suffix = ".checked.xlsx";

    public static string PathFor(string original) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(original))!, Folder, Path.GetFileNameWithoutExtension(original) + Suffix);

    /// <summary>The notice at the top of the copy's first sheet, in English and Russian.</summary>
    public static string[] Notice(string original) =>
    [
        $"This is a copy made by Check register. Corrections made here are lost: make them in the register itself, {original}, and check it again.",
        $"Это копия, сделанная проверкой реестра. Исправления, внесённые здесь, пропадут: вносите их в сам реестр, {original}, и проверьте его снова.",
    ];
}
