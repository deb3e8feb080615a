using ReportBuilder.Docx.Expressions;

namespace ReportBuilder.Docx.Filters;

/// <summary>upper, lower, default "text", join ", ".</summary>
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
            if (args.Count > 1) throw new FilterException("join takes at most one argument: the separator, e.g. join \", \"");
            var separator = args.Count == 1 ? ValueText.Format(args[0], ctx.Culture) : ", ";
            return Missing(input) ? input : string.Join(separator, DataAccess.AsList(input).Select(v => ValueText.Format(v, ctx.Culture)));
        });
    }

    private static bool Missing(object? input) => input is Expressions.Missing;
}
