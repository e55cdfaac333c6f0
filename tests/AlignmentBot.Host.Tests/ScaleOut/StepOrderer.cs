using Xunit.Abstractions;
using Xunit.Sdk;

namespace AlignmentBot.Host.Tests.ScaleOut;

/// <summary>Runs the scale-out steps in the order they are numbered: they share one cluster and later steps change it.</summary>
public sealed class StepOrderer : ITestCaseOrderer
{
    public const string TypeName = "AlignmentBot.Host.Tests.ScaleOut.StepOrderer";
    public const string AssemblyName = "AlignmentBot.Host.Tests";

    public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases)
        where TTestCase : ITestCase
        => testCases.OrderBy(t => Number(t));

    private static int Number(ITestCase testCase)
        => testCase.TestMethod.Method.GetCustomAttributes(typeof(StepAttribute).AssemblyQualifiedName).FirstOrDefault()?.GetConstructorArguments().FirstOrDefault() is int n ? n : int.MaxValue;
}

[AttributeUsage(AttributeTargets.Method)]
public sealed class StepAttribute(int number) : Attribute
{
    public int Number { get; } = number;
}
