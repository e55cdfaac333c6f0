using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AlignmentBot.LoadTest;

/// <summary>
/// Request files for bench/load/replay.lua: wrk's Lua cannot compute HMACs, so every request is written out ahead,
/// complete with its HTTP head. One file per wrk thread (<c>{out}.{i}</c>); each record is the request's length in
/// bytes, a newline, then the raw request. Every request is unique: its own event or activity id, its own Slack
/// channel or Teams conversation (the key the stub counts replies by) and its own text; senders come from a
/// small pool, as in a real workspace. Keys are <c>C{run}Q{seq}</c> (Slack channel) and <c>a:{run}Q{seq}</c>
/// (Teams conversation), so the stub can tell this phase's replies from an earlier one's.
/// </summary>
internal static class RequestFiles
{
    public static int Slack(Options options)
    {
        var secret = options.Get("secret");
        var key = Encoding.UTF8.GetBytes(secret);
        var run = options.Get("run");
        var host = options.Get("host");
        var users = options.GetLong("users", 50);

        // Signed now: Slack's replay window is five minutes either way, so run.sh generates right before each phase.
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return Write(options, (seq, buffer) =>
        {
            var user = $"UBENCH{seq % users:D4}";
            var body = Encoding.UTF8.GetBytes(
                $$"""{"token":"bench","team_id":"T0BENCH","api_app_id":"ABENCH","event":{"type":"app_mention","user":"{{user}}","text":"<@UBOT> hello from bench request {{seq}}","ts":"{{timestamp}}.{{seq % 1_000_000:D6}}","team":"T0BENCH","channel":"C{{run}}Q{{seq}}","event_ts":"{{timestamp}}.{{seq % 1_000_000:D6}}","channel_type":"channel"},"type":"event_callback","event_id":"Ev{{run}}Q{{seq}}","event_time":{{timestamp}},"authorizations":[{"enterprise_id":null,"team_id":"T0BENCH","user_id":"UBOT","is_bot":true,"is_enterprise_install":false}],"is_ext_shared_channel":false,"event_context":"4-bench"}""");
            var baseString = Encoding.UTF8.GetBytes($"v0:{timestamp}:").Concat(body).ToArray();
            var signature = Convert.ToHexStringLower(HMACSHA256.HashData(key, baseString));
            var head = $"POST /slack/events HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\nX-Slack-Request-Timestamp: {timestamp}\r\nX-Slack-Signature: v0={signature}\r\nContent-Length: {body.Length}\r\n\r\n";
            Append(buffer, head, body);
        });
    }

    public static int Teams(Options options)
    {
        var run = options.Get("run");
        var host = options.Get("host");
        var serviceUrl = options.Get("service-url");
        var users = options.GetLong("users", 50);
        var now = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        return Write(options, (seq, buffer) =>
        {
            var user = seq % users;
            var body = Encoding.UTF8.GetBytes(
                $$"""{"type":"message","id":"{{run}}Q{{seq}}","timestamp":"{{now}}","channelId":"msteams","serviceUrl":"{{serviceUrl}}","from":{"id":"29:bench-user-{{user}}","name":"Bench User {{user}}","aadObjectId":"00000000-0000-0000-0000-{{user:D12}}"},"conversation":{"id":"a:{{run}}Q{{seq}}","conversationType":"personal","tenantId":"bench-tenant"},"recipient":{"id":"28:bench-bot","name":"AlignmentBot"},"text":"hello from bench request {{seq}}","textFormat":"plain","locale":"en-US","channelData":{"tenant":{"id":"bench-tenant"}""" + "}}");
            var head = $"POST /api/messages HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: {body.Length}\r\n\r\n";
            Append(buffer, head, body);
        });
    }

    private static void Append(MemoryStream buffer, string head, byte[] body)
    {
        var headBytes = Encoding.ASCII.GetBytes(head);
        var length = Encoding.ASCII.GetBytes((headBytes.Length + body.Length).ToString(CultureInfo.InvariantCulture) + "\n");
        buffer.Write(length);
        buffer.Write(headBytes);
        buffer.Write(body);
    }

    /// <summary>--count requests over --files files; file i holds the sequence numbers [i*n, (i+1)*n).</summary>
    private static int Write(Options options, Action<long, MemoryStream> one)
    {
        var prefix = options.Get("out");
        var files = (int)options.GetLong("files", 1);
        var perFile = (options.GetLong("count") + files - 1) / files;
        Parallel.For(0, files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            using var file = new FileStream($"{prefix}.{i}", FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
            using var buffer = new MemoryStream(1 << 21);
            for (var seq = i * perFile; seq < (i + 1) * perFile; seq++)
            {
                one(seq, buffer);
                if (buffer.Length > 1 << 20)
                {
                    buffer.WriteTo(file);
                    buffer.SetLength(0);
                }
            }

            buffer.WriteTo(file);
        });
        Console.WriteLine($"{perFile * files} requests in {files} files {prefix}.*");
        return 0;
    }
}
