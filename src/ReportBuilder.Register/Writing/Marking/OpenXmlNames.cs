using System.Xml.Linq;

namespace ReportBuilder.Register.Writing.Marking;

/// <summary>The namespaces, relationship types and content types the marked copy adds parts with.</summary>
internal static class OpenXmlNames
{
    public static readonly XNamespace Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public static readonly XNamespace PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    public static readonly XNamespace ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";
    public static readonly XNamespace SpreadsheetMain = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    public static string RelationshipType(string kind) => Relationships.NamespaceName + "/" + kind;

    public const string WorksheetType = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
    public const string CommentsType = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";
    public const string VmlType = "application/vnd.openxmlformats-officedocument.vmlDrawing";
    public const string StylesType = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
}
