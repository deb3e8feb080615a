using System.Globalization;
using ReportBuilder.Docx.Filters;
using ReportBuilder.Docx.Rendering;
using ReportBuilder.TestSupport;

namespace ReportBuilder.Docx.Tests;

/// <summary>Renders a built template with JSON data to a real file, validated with the Open XML validator.</summary>
public sealed class EngineFixture : IDisposable
{
    private readonly TempFolder _temp = new();
    private int _count;

    public string Folder => _temp.Path;

    public (string Path, RenderResult Result) Render(DocxBuilder template, string json, TemplateOptions? options = null, bool dotx = false)
    {
        var name = $"t{++_count}";
        var templatePath = template.Save(_temp.File(name + (dotx ? ".dotx" : ".docx")), dotx);
        return RenderFile(templatePath, json, options);
    }

    public (string Path, RenderResult Result) RenderFile(string templatePath, string json, TemplateOptions? options = null)
    {
        var output = _temp.File(Path.GetFileNameWithoutExtension(templatePath) + ".out.docx");
        var engine = new TemplateEngine(new FilterRegistry(), options ?? new TemplateOptions { Culture = CultureInfo.GetCultureInfo("en-GB") });
        RenderResult result;
        using (var stream = File.Create(output))
            result = engine.Render(templatePath, TemplateData.FromJson(json), stream);
        DocxValidation.AssertValid(output);
        return (output, result);
    }

    public string SaveTemplate(DocxBuilder template) => template.Save(_temp.File($"t{++_count}.docx"));

    public void Dispose() => _temp.Dispose();
}
