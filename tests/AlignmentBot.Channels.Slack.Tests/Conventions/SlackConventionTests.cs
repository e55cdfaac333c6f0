using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;
using AlignmentBot.Channels.Slack.Json;
using Microsoft.AspNetCore.Http;

namespace AlignmentBot.Channels.Slack.Tests.Conventions;

/// <summary>API conventions enforced by reflection, in the spirit of SlackNet's ApiLintTests.</summary>
public sealed class SlackConventionTests
{
    private static readonly Assembly Slack = typeof(SlackOptions).Assembly;

    /// <summary>Every wire type reachable from the JSON context, so a renamed C# property can never change the wire.</summary>
    public static TheoryData<string> WireTypes()
    {
        var seen = new HashSet<Type>();
        var pending = new Queue<Type>();
        foreach (var attribute in typeof(SlackJsonContext).CustomAttributes.Where(a => a.AttributeType == typeof(JsonSerializableAttribute)))
        {
            pending.Enqueue((Type)attribute.ConstructorArguments[0].Value!);
        }

        while (pending.TryDequeue(out var type))
        {
            foreach (var candidate in Expand(type).Where(t => t.Assembly == Slack && seen.Add(t)))
            {
                foreach (var property in candidate.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
                {
                    pending.Enqueue(property.PropertyType);
                }

                foreach (var derived in candidate.GetCustomAttributes<JsonDerivedTypeAttribute>())
                {
                    pending.Enqueue(derived.DerivedType);
                }

                if (candidate.BaseType is { } baseType)
                {
                    pending.Enqueue(baseType);
                }
            }
        }

        var data = new TheoryData<string>();
        foreach (var type in seen.OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(WireTypes))]
    public void WireType_EveryDataPropertyNamesItsJsonField(string typeName)
    {
        var type = Slack.GetType(typeName)!;
        var unnamed = type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(p => p.SetMethod is not null && p.GetCustomAttribute<JsonIgnoreAttribute>() is null)
            .Where(p => p.GetCustomAttribute<JsonPropertyNameAttribute>() is null && p.GetCustomAttribute<JsonExtensionDataAttribute>() is null)
            .Select(p => p.Name);

        Assert.Empty(unnamed);
    }

    [Fact]
    public void WireTypes_IncludeTheInboundAndOutboundRoots()
    {
        var names = ((IEnumerable<object[]>)WireTypes()).Select(row => (string)row[0]).ToList();

        Assert.Contains(names, n => n.EndsWith(".EventEnvelope", StringComparison.Ordinal));
        Assert.Contains(names, n => n.EndsWith(".ElementState", StringComparison.Ordinal));
        Assert.Contains(names, n => n.EndsWith(".ButtonElement", StringComparison.Ordinal));
    }

    [Fact]
    public void AsyncMethods_TakeACancellationTokenLast()
    {
        var offenders = Slack.GetTypes()
            .Where(t => t.GetCustomAttribute<CompilerGeneratedAttribute>() is null)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.Name.EndsWith("Async", StringComparison.Ordinal) && !m.IsSpecialName && m.GetCustomAttribute<CompilerGeneratedAttribute>() is null)
            .Where(m => m.Name is not ("DisposeAsync" or "ExecuteAsync"))
            .Where(m => !m.GetParameters().Any(p => p.ParameterType == typeof(HttpContext) || p.ParameterType == typeof(HttpRequest)))
            .Where(m => m.GetParameters() is not [.., var last] || last.ParameterType != typeof(CancellationToken))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}");

        Assert.Empty(offenders);
    }

    [Fact]
    public void PublicSurface_IsSmall()
    {
        var exported = Slack.GetExportedTypes().Select(t => t.Name).Order(StringComparer.Ordinal);

        Assert.Equal(
            ["ISlackFormStore", "SignatureCheck", "SlackApiException", "SlackDiagnostics", "SlackEndpointRouteBuilderExtensions", "SlackOptions", "SlackRetrySettings", "SlackScopes", "SlackServiceCollectionExtensions", "SlackSignature", "SlackTokenCheck"],
            exported);
    }

    private static IEnumerable<Type> Expand(Type type)
    {
        yield return type;
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            yield return underlying;
        }

        foreach (var argument in type.IsGenericType ? type.GetGenericArguments() : [])
        {
            foreach (var inner in Expand(argument))
            {
                yield return inner;
            }
        }

        if (type.IsArray)
        {
            yield return type.GetElementType()!;
        }
    }
}
