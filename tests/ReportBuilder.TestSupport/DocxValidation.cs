using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Xunit;

namespace ReportBuilder.TestSupport;

/// <summary>Every document the tests produce goes through the Open XML validator.</summary>
public static class DocxValidation
{
    public static void AssertValid(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        AssertValid(document, path);
    }

    /// <summary>A document held in memory (the pipeline's and the add-in's drafts).</summary>
    public static void AssertValid(byte[] bytes, string name)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        AssertValid(document, name);
    }

    private static void AssertValid(WordprocessingDocument document, string path)
    {
        var validator = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019);
        var errors = validator.Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
        Assert.True(errors.Count == 0, $"{path} has {errors.Count} validation error(s):\n" + string.Join("\n", errors.Take(20)));
    }
}
