using System.Diagnostics;
using ReportBuilder.TestSupport;

namespace ReportBuilder.Cli.Tests;

/// <summary>
/// A real full disk, not a stream that pretends: generate into a 64 KB tmpfs that holds an
/// editor's drafts and little else. Needs root and mount (CI has both); skipped visibly where
/// the machine does not allow mounting.
/// </summary>
public sealed class FullDiskTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private bool _mounted;

    public void Dispose()
    {
        if (_mounted) Run("umount", _temp.File("disk"));
        _temp.Dispose();
    }

    [SkippableFact]
    public void Generate_on_a_full_disk_keeps_the_editors_drafts_and_leaves_nothing_else()
    {
        var disk = _temp.File("disk");
        Directory.CreateDirectory(disk);
        _mounted = Run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", disk) == 0;
        Skip.IfNot(_mounted, "this machine does not allow mounting a small tmpfs: the full-disk test was SKIPPED.");
        File.WriteAllText(Path.Combine(disk, "bulletin-2021-W19.en.docx"), "the editor's English");
        File.WriteAllText(Path.Combine(disk, "bulletin-2021-W19.ru.docx"), "the editor's Russian");
        File.WriteAllBytes(Path.Combine(disk, "filler"), new byte[44 * 1024]);

        var result = CliRunner.Run(RepoPaths.Root, "generate", "--out", disk, "--overwrite");

        Assert.Equal("the editor's English", File.ReadAllText(Path.Combine(disk, "bulletin-2021-W19.en.docx")));
        Assert.Equal("the editor's Russian", File.ReadAllText(Path.Combine(disk, "bulletin-2021-W19.ru.docx")));
        Assert.Equal(["bulletin-2021-W19.en.docx", "bulletin-2021-W19.ru.docx", "filler"],
            Directory.GetFiles(disk).Select(Path.GetFileName).Order());
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("No space left on device", result.Error, StringComparison.Ordinal);
        Assert.Contains("Nothing was changed", result.Error, StringComparison.Ordinal);
    }

    private static int Run(string program, params string[] arguments)
    {
        try
        {
            var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var argument in arguments) start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            process.WaitForExit();
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return -1; // no such program (Windows)
        }
    }
}
