using System.Security.Cryptography;
using AlignmentBot.Application.Bot;
using AlignmentBot.Application.Permissions;
using AlignmentBot.Application.Ports;
using AlignmentBot.Conversations.Messages;
using Microsoft.Extensions.Options;

namespace AlignmentBot.Application.References;

/// <summary>
/// Issues the opaque references cards carry instead of row ids, and resolves them within the workspace of the person
/// pressing: a token edited by the client, issued in another workspace, for another kind of action or expired resolves
/// to nothing, so no client-supplied id decides which row is written.
/// </summary>
public sealed class ActionReferences(IActionReferenceStore store, IOptionsMonitor<PermissionsOptions> options, TimeProvider time)
{
    /// <summary>The data key a card action carries its reference under.</summary>
    public const string Key = "ref";

    /// <summary>What a press is told when its reference resolves to nothing.</summary>
    public const string NotValid = "That button doesn't work here any more: it may be from another workspace, changed on the way, or too old. Ask me again for a fresh one.";

    public async Task<string> IssueAsync(TurnScope scope, string kind, string targetId, int version = 0, string? data = null, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_');
        await store.SaveAsync(new ActionReference(token, scope.Workspace.Id, kind, targetId, version, data, now, now + options.CurrentValue.ReferenceLifetime), cancellationToken);
        return token;
    }

    /// <summary>The data dictionary for a card action: the reference and nothing else that identifies a row.</summary>
    public static Dictionary<string, string> Data(string token, params (string Key, string Value)[] plain)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal) { [Key] = token };
        foreach (var (key, value) in plain)
        {
            data[key] = value;
        }

        return data;
    }

    /// <summary>The reference a press carries, if it is one of <paramref name="kind"/> issued in the person's workspace and not expired.</summary>
    public async Task<ActionReference?> ResolveAsync(TurnScope scope, CardSubmission submission, string kind, CancellationToken cancellationToken)
    {
        if (submission.Value(Key) is not { Length: > 0 and <= 64 } token)
        {
            return null;
        }

        var found = await store.FindAsync(scope.Workspace.Id, token, time.GetUtcNow(), cancellationToken);
        return found is not null && found.Kind == kind ? found : null;
    }
}
