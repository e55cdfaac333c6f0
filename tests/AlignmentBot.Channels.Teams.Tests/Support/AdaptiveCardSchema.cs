using System.Text.Json.Nodes;

namespace AlignmentBot.Channels.Teams.Tests.Support;

/// <summary>
/// Checks a card against Fixtures/adaptive-card-1.5-schema-subset.json: known types in the right places,
/// required properties present, no properties the schema does not define, enumerations, nothing newer than 1.5,
/// unique input ids. Returns every problem found, so a failing test lists them all.
/// </summary>
public static class AdaptiveCardSchema
{
    private static readonly Lazy<JsonObject> Schema = new(() => Fixtures.Load("adaptive-card-1.5-schema-subset.json"));

    public static IReadOnlyList<string> Validate(JsonNode card)
    {
        var problems = new List<string>();
        var inputIds = new HashSet<string>(StringComparer.Ordinal);
        Check(card.AsObject(), "card", "$", problems, inputIds);
        return problems;
    }

    private static void Check(JsonObject node, string expectedKind, string path, List<string> problems, HashSet<string> inputIds)
    {
        var schema = Schema.Value;
        var type = node["type"]?.GetValue<string>();
        if (type is null || schema["types"]![type] is not JsonObject definition)
        {
            problems.Add($"{path}: unknown type '{type}'");
            return;
        }

        var kind = definition["kind"]!.GetValue<string>();
        var fits = kind == expectedKind || (expectedKind == "element" && kind == "input");
        if (!fits)
        {
            problems.Add($"{path}: {type} is a {kind}, not allowed where a {expectedKind} goes");
        }

        if (Version.Parse(definition["since"]!.GetValue<string>()) > Version.Parse(schema["maxVersion"]!.GetValue<string>()))
        {
            problems.Add($"{path}: {type} needs a newer schema than Teams renders");
        }

        CheckProperties(node, definition, $"{path} ({type})", problems);
        if (kind == "input")
        {
            var id = node["id"]?.GetValue<string>() ?? "";
            if (!inputIds.Add(id))
            {
                problems.Add($"{path}: input id '{id}' is used twice");
            }
        }

        CheckEnum(node, "spacing", "spacing", path, problems);
        CheckEnum(node, "size", "size", path, problems);
        CheckEnum(node, "weight", "weight", path, problems);
        CheckEnum(node, "color", "color", path, problems);
        if (kind == "action")
        {
            CheckEnum(node, "style", "actionStyle", path, problems);
        }

        if (type == "Input.ChoiceSet")
        {
            CheckEnum(node, "style", "choiceSetStyle", path, problems);
        }

        if (type == "TableRow")
        {
            CheckEnum(node, "style", "containerStyle", path, problems);
        }

        if (type == "AdaptiveCard" && node["version"]?.GetValue<string>() is { } version && Version.Parse(version) > Version.Parse(schema["maxVersion"]!.GetValue<string>()))
        {
            problems.Add($"{path}: version {version} is newer than Teams renders");
        }

        Children(node, "body", "element", path, problems, inputIds);
        Children(node, "actions", "action", path, problems, inputIds);
        Children(node, "rows", "row", path, problems, inputIds);
        Children(node, "cells", "cell", path, problems, inputIds);
        Children(node, "items", "element", path, problems, inputIds);
        Nested(node, "facts", "Fact", path, problems);
        Nested(node, "choices", "Input.Choice", path, problems);
        Nested(node, "columns", "TableColumnDefinition", path, problems);

        if (node["fallback"] is JsonObject fallback)
        {
            Check(fallback, kind, $"{path}.fallback", problems, new HashSet<string>(StringComparer.Ordinal));
        }
        else if (node["fallback"] is JsonValue drop && drop.GetValue<string>() != "drop")
        {
            problems.Add($"{path}.fallback must be an object or \"drop\"");
        }

        if (node["data"] is { } data && data is not JsonObject)
        {
            problems.Add($"{path}.data should be an object so inputs merge into it");
        }
    }

    private static void CheckProperties(JsonObject node, JsonObject definition, string path, List<string> problems)
    {
        var allowed = definition["allowed"]!.AsArray().Select(a => a!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        foreach (var required in definition["required"]!.AsArray().Select(r => r!.GetValue<string>()))
        {
            if (node[required] is null || (node[required] is JsonValue v && v.TryGetValue<string>(out var s) && s.Length == 0 && required != "value"))
            {
                problems.Add($"{path}: required '{required}' is missing or empty");
            }
        }

        foreach (var (name, _) in node)
        {
            if (!allowed.Contains(name))
            {
                problems.Add($"{path}: '{name}' is not a property of this type");
            }
        }
    }

    private static void Children(JsonObject node, string property, string kind, string path, List<string> problems, HashSet<string> inputIds)
    {
        if (node[property] is not JsonArray array || (property == "columns"))
        {
            return;
        }

        for (var i = 0; i < array.Count; i++)
        {
            Check(array[i]!.AsObject(), kind, $"{path}.{property}[{i}]", problems, inputIds);
        }
    }

    private static void Nested(JsonObject node, string property, string definitionName, string path, List<string> problems)
    {
        if (node[property] is not JsonArray array)
        {
            return;
        }

        var definition = Schema.Value["nested"]![definitionName]!.AsObject();
        for (var i = 0; i < array.Count; i++)
        {
            CheckProperties(array[i]!.AsObject(), definition, $"{path}.{property}[{i}] ({definitionName})", problems);
        }
    }

    private static void CheckEnum(JsonObject node, string property, string enumName, string path, List<string> problems)
    {
        if (node[property] is not JsonValue value)
        {
            return;
        }

        var text = value.GetValue<string>();
        var allowed = Schema.Value["enums"]![enumName]!.AsArray().Select(a => a!.GetValue<string>());
        if (!allowed.Contains(text, StringComparer.OrdinalIgnoreCase))
        {
            problems.Add($"{path}: {property} '{text}' is not one of {string.Join(", ", allowed)}");
        }
    }
}
