using ReportBuilder.Docx.Expressions;

namespace ReportBuilder.Docx.Filters;

/// <summary>upper, lower, default "text", join ", " (of objects: join ", " "member").</summary>
internal static class BuiltInFilters
{
    public static void AddTo(FilterRegistry registry)
    {
        registry.Add("upper", (input, _, ctx) => Missing(input) ? input : ValueText.Format(input, ctx.Culture).ToUpper(ctx.Culture));
        registry.Add("lower", (input, _, ctx) => Missing(input) ? input : ValueText.Format(input, ctx.Culture).ToLower(ctx.Culture));
        registry.Add("default", (input, args, _) =>
        {
            if (args.Count != 1) throw new FilterException("default takes one argument: the text to use when the value is missing, e.g. default \"n/a\"");
            return Truth.IsTrue(input) || input is decimal or bool ? input : args[0];
        });
        registry.Add("join", (input, args, ctx) =>
        {
            if (args.Count > 2) throw new FilterException("join takes at most two arguments: the separator and a member of each item, e.g. join \", \" \"title\"");
            var separator = args.Count >= 1 ? ValueText.Format(args[0], ctx.Culture) : ", ";
            if (Missing(input)) return input;
            var items = DataAccess.AsList(input);
            if (args.Count == 2)
            {
                var member = ValueText.Format(args[1], ctx.Culture);
                items = [.. items.Select(item => DataAccess.Member(item, member))];
            }
            // An object printed as "[id, C1], [title, …]" is never what a draft should say.
            if (items.Any(item => item is IReadOnlyDictionary<string, object?>))
                throw new FilterException("join is given a list of objects; name the member to join, e.g. join \", \" \"title\"");
            return string.Join(separator, items.Select(v => ValueText.Format(v, ctx.Culture)));
        }, args => args.Count > 2 ? "join takes at most two arguments: the separator and a member of each item" : null);
    }

    private static bool Missing(object? input) => input is Expressions.Missing;
}
