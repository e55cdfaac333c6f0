namespace AlignmentBot.Application.Tests.Scenarios.Runner;

/// <param name="Operator">One of = != ~ !~ &gt;= &lt;= &gt; &lt;, or "flag" for a bare word such as <c>here</c>.</param>
public sealed record FieldFilter(string Field, string Operator, string Value)
{
    public override string ToString() => Operator == "flag" ? Field : $"{Field}{Operator}{Value}";
}
