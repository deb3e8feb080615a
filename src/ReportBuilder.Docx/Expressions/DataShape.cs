using System.Collections;

namespace ReportBuilder.Docx.Expressions;

/// <summary>
/// What data a template will be filled with, when it is known in advance (the bulletin's):
/// the members of each object and the shape of each list's items. Built from sample data;
/// an object is open (any member) when it holds free-form keys, such as a register's extra columns.
/// </summary>
public sealed class DataShape
{
    private readonly Dictionary<string, DataShape> _members = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Any member at all: data whose shape is not known.</summary>
    public static DataShape Any { get; } = new() { IsObject = true, IsOpen = true };

    public bool IsObject { get; private set; }

    public bool IsOpen { get; private set; }

    public DataShape? Element { get; private set; }

    public IEnumerable<string> MemberNames => _members.Keys;

    public DataShape? Member(string name) => _members.GetValueOrDefault(name);

    /// <summary>The shape of sample data; openPaths ("items.extra", with list items entered silently) accept any member.</summary>
    public static DataShape FromSample(object? sample, params string[] openPaths)
    {
        var shape = new DataShape();
        shape.Merge(sample);
        foreach (var path in openPaths) shape.Open(path.Split('.'));
        return shape;
    }

    private void Merge(object? value)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> dict:
                IsObject = true;
                foreach (var (key, item) in dict)
                {
                    if (!_members.TryGetValue(key, out var member)) _members[key] = member = new DataShape();
                    member.Merge(item);
                }
                break;
            case IList list:
                Element ??= new DataShape();
                foreach (var item in list) Element.Merge(item);
                break;
        }
    }

    private void Open(string[] path)
    {
        var shape = this;
        foreach (var name in path)
        {
            while (shape.Element is { } element) shape = element;
            shape = shape.Member(name) ?? (shape._members[name] = new DataShape());
        }
        while (shape.Element is { } element) shape = element;
        shape.IsObject = true;
        shape.IsOpen = true;
    }
}
