using System.Buffers.Binary;
using System.Xml.Linq;
using ReportBuilder.TestSupport;

namespace ReportBuilder.AddIn.Tests;

/// <summary>
/// The published manifest: what Office reads to show the Home tab button and open the pane.
/// Every address is on the base URL given to publish and names a file the site serves.
/// </summary>
[Collection(AddInCollection.Name)]
public sealed class ManifestTests(AddInFixture fixture)
{
    private static readonly XNamespace App = "http://schemas.microsoft.com/office/appforoffice/1.1";
    private static readonly XNamespace Ov = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";
    private static readonly XNamespace Bt = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    private XDocument Published => XDocument.Load(Path.Combine(fixture.PublishedSite, "manifest.xml"));

    [Fact]
    public void Is_a_task_pane_add_in_for_workbooks_that_reads_and_writes_the_document()
    {
        var root = Published.Root!;
        Assert.Equal(App + "OfficeApp", root.Name);
        Assert.Equal("TaskPaneApp", (string?)root.Attribute(Xsi + "type"));
        Assert.True(Guid.TryParse(root.Element(App + "Id")?.Value, out _));
        Assert.Equal(["Workbook"], root.Element(App + "Hosts")!.Elements(App + "Host").Select(h => (string?)h.Attribute("Name")));
        Assert.Equal("ReadWriteDocument", root.Element(App + "Permissions")?.Value);
        Assert.Equal("en-US", root.Element(App + "DefaultLocale")?.Value);
        Assert.Equal("https://addin.example/taskpane.html", (string?)root.Element(App + "DefaultSettings")!.Element(App + "SourceLocation")!.Attribute("DefaultValue"));
    }

    [Fact]
    public void Has_a_Generate_bulletin_button_in_its_own_group_on_the_Home_tab_that_opens_the_pane()
    {
        var overrides = Published.Root!.Element(Ov + "VersionOverrides")!;
        var host = Assert.Single(overrides.Descendants(Ov + "Host"));
        Assert.Equal("Workbook", (string?)host.Attribute(Xsi + "type"));
        var tab = Assert.Single(host.Descendants(Ov + "OfficeTab"));
        Assert.Equal("TabHome", (string?)tab.Attribute("id"));
        var group = Assert.Single(tab.Elements(Ov + "Group"));
        var button = Assert.Single(group.Elements(Ov + "Control"));
        Assert.Equal("Button", (string?)button.Attribute(Xsi + "type"));
        var action = button.Element(Ov + "Action")!;
        Assert.Equal("ShowTaskpane", (string?)action.Attribute(Xsi + "type"));
        Assert.Equal("https://addin.example/taskpane.html", Resource(overrides, "Urls", (string)action.Element(Ov + "SourceLocation")!.Attribute("resid")!).Value);

        var label = Resource(overrides, "ShortStrings", (string)button.Element(Ov + "Label")!.Attribute("resid")!);
        Assert.Equal("Generate bulletin", label.Value);
        Assert.Equal("Создать бюллетень", label.Russian);
    }

    [Fact]
    public void Every_name_and_label_has_English_and_Russian()
    {
        var root = Published.Root!;
        foreach (var element in new[] { root.Element(App + "DisplayName")!, root.Element(App + "Description")! })
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)element.Attribute("DefaultValue")));
            Assert.Contains(element.Elements(App + "Override"), o => (string?)o.Attribute("Locale") == "ru-RU" && !string.IsNullOrWhiteSpace((string?)o.Attribute("Value")));
        }
        var strings = root.Descendants(Bt + "String").ToList();
        Assert.NotEmpty(strings);
        Assert.All(strings, s => Assert.Contains(s.Elements(Bt + "Override"), o => (string?)o.Attribute("Locale") == "ru-RU"));
        // Every resid the ribbon uses is defined.
        var ids = root.Descendants().Where(e => e.Parent?.Name.LocalName is "Images" or "Urls" or "ShortStrings" or "LongStrings")
            .Select(e => (string)e.Attribute("id")!).ToHashSet();
        Assert.All(root.Descendants().Attributes("resid"), a => Assert.Contains(a.Value, ids));
    }

    [Fact]
    public void Icons_of_16_32_and_80_pixels_are_served_from_the_base_url()
    {
        var root = Published.Root!;
        var images = root.Descendants(Bt + "Image").Where(i => i.Attribute("DefaultValue") is not null)
            .ToDictionary(i => (string)i.Attribute("id")!, i => (string)i.Attribute("DefaultValue")!);
        var buttonIcons = root.Descendants(Ov + "Control").Single().Element(Ov + "Icon")!.Elements(Bt + "Image")
            .ToDictionary(i => (int)i.Attribute("size")!, i => images[(string)i.Attribute("resid")!]);
        Assert.Equal([16, 32, 80], buttonIcons.Keys.Order());
        foreach (var (size, url) in buttonIcons) Assert.Equal((size, size), PngSize(SiteFile(url)));
        Assert.Equal((32, 32), PngSize(SiteFile((string)root.Element(App + "IconUrl")!.Attribute("DefaultValue")!)));
        Assert.Equal((64, 64), PngSize(SiteFile((string)root.Element(App + "HighResolutionIconUrl")!.Attribute("DefaultValue")!)));
    }

    /// <summary>Office offers the add-in only where the pane can read the workbook as a file and select cells.</summary>
    [Fact]
    public void Requires_the_compressed_file_and_the_Excel_API_and_points_for_help_at_a_help_page()
    {
        var root = Published.Root!;
        var sets = root.Element(App + "Requirements")!.Element(App + "Sets")!.Elements(App + "Set")
            .ToDictionary(s => (string)s.Attribute("Name")!, s => (string?)s.Attribute("MinVersion"));
        Assert.Equal(new Dictionary<string, string?> { ["CompressedFile"] = "1.1", ["ExcelApi"] = "1.1" }, sets);
        // The schema's order: Requirements after Hosts, before DefaultSettings.
        var order = root.Elements().Select(e => e.Name.LocalName).ToList();
        Assert.True(order.IndexOf("Hosts") < order.IndexOf("Requirements") && order.IndexOf("Requirements") < order.IndexOf("DefaultSettings"), string.Join(", ", order));

        Assert.Equal("https://addin.example/help.html", (string?)root.Element(App + "SupportUrl")!.Attribute("DefaultValue"));
        var overrides = root.Element(Ov + "VersionOverrides")!;
        var learnMore = overrides.Descendants(Ov + "LearnMoreUrl").Single();
        Assert.Equal("https://addin.example/help.html", Resource(overrides, "Urls", (string)learnMore.Attribute("resid")!).Value);
        var help = File.ReadAllText(SiteFile("https://addin.example/help.html"));
        Assert.Contains("lang=\"en\"", help, StringComparison.Ordinal);
        Assert.Contains("Что делает надстройка", help, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_address_is_on_the_base_url_and_names_a_published_file()
    {
        var urls = Published.Descendants().Attributes().Where(a => !a.IsNamespaceDeclaration && a.Value.StartsWith("http", StringComparison.Ordinal))
            .Select(a => a.Value).ToList();
        Assert.NotEmpty(urls);
        Assert.All(urls, url => Assert.True(File.Exists(SiteFile(url)), $"{url} is not a file of the published site"));
        // The source manifest points at the local try-out address, which publishing replaced everywhere.
        Assert.Contains("https://localhost:3000/", File.ReadAllText(RepoPaths.File("src", "ReportBuilder.AddIn", "Manifest", "manifest.xml")), StringComparison.Ordinal);
        Assert.DoesNotContain("localhost", Published.ToString(), StringComparison.Ordinal);
    }

    private string SiteFile(string url)
    {
        Assert.StartsWith("https://addin.example/", url, StringComparison.Ordinal);
        return Path.Combine(fixture.PublishedSite, url["https://addin.example/".Length..]);
    }

    private static (string Value, string? Russian) Resource(XElement overrides, string kind, string id)
    {
        var element = overrides.Element(Ov + "Resources")!.Element(Bt + kind)!.Elements().Single(e => (string?)e.Attribute("id") == id);
        var russian = element.Elements(Bt + "Override").FirstOrDefault(o => (string?)o.Attribute("Locale") == "ru-RU");
        return ((string)element.Attribute("DefaultValue")!, (string?)russian?.Attribute("Value"));
    }

    private static (int Width, int Height) PngSize(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        return (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
    }
}
