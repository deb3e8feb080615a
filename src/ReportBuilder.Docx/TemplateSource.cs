using ReportBuilder.Problems;
using ReportBuilder.Docx.Problems;

namespace ReportBuilder.Docx;

/// <summary>
/// A template to fill: its name in messages and its bytes, from a file (the command line) or
/// from memory (a template a user picked in the add-in, or a default built on the spot).
/// Reading is deferred to the engine, so a file that cannot be read is reported like any
/// other problem of that template.
/// </summary>
public abstract class TemplateSource
{
    /// <summary>The file name shown in problems and in the draft's comments.</summary>
    public abstract string Name { get; }

    /// <exception cref="TemplateException">The bytes cannot be read.</exception>
    internal abstract byte[] ReadBytes();

    public static TemplateSource FromFile(string path) => new FileTemplate(path);

    public static TemplateSource FromBytes(string name, byte[] bytes) => new BytesTemplate(name, bytes);

    public override string ToString() => Name;

    private sealed class FileTemplate(string path) : TemplateSource
    {
        public override string Name => Path.GetFileName(path);

        public override string ToString() => Path.GetFullPath(path);

        internal override byte[] ReadBytes()
        {
            try
            {
                return File.ReadAllBytes(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new TemplateException([TemplateProblems.Unreadable(Name,
                    e is FileNotFoundException or DirectoryNotFoundException ? new LocalText("T014.NoFile") : new LocalText("T014.System", ("detail", e.Message.TrimEnd('.'))),
                    new LocalText("T014.Hint.Path"))]);
            }
        }
    }

    private sealed class BytesTemplate(string name, byte[] bytes) : TemplateSource
    {
        public override string Name => name;

        internal override byte[] ReadBytes() => bytes;
    }
}
