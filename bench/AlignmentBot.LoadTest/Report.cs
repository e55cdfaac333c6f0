using System.Globalization;
using System.Text;
using System.Text.Json;

namespace AlignmentBot.LoadTest;

/// <summary>
/// The markdown table of a run: one JSON line per measured server (written by run.sh: wrk's numbers from
/// replay.lua's done(), the stub's counts after the drain, the server's peak RSS), and the echo-row targets (bench/README.md).
/// </summary>
internal static class Report
{
    private const double RssTargetMb = 150;
    private const double ThroughputTarget = 3.0;

    public static int Run(Options options)
    {
        var rows = File.ReadAllLines(options.Get("results"))
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => Row.From(JsonDocument.Parse(l).RootElement))
            .ToList();
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"## Load run {options.Get("title", "")}").AppendLine();
        text.AppendLine(options.Get("setup", "")).AppendLine();
        var rounds = rows.Select(r => r.Round).Distinct().Count();
        var roundColumn = rounds > 1 ? "| round " : "";
        text.AppendLine($"| traffic {roundColumn}| server | req/s | p50 | p99 | errors | answered once / duplicates / missing | drain | peak RSS | CPU/req | others' CPU | vs peer |");
        text.AppendLine($"|---{(rounds > 1 ? "|---:" : "")}|---|---:|---:|---:|---|---|---:|---:|---:|---:|---:|");
        foreach (var row in rows)
        {
            var peer = PeerOf(rows, row);
            var ratio = peer is { Rps: > 0 } ? $"{row.Rps / peer.Rps:0.00}×" : "–";
            var round = rounds > 1 ? $"| {row.Round} " : "";
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {row.Traffic} {round}| {row.Label} | {row.Rps:N0} | {Ms(row.P50Us)} | {Ms(row.P99Us)} | {row.Errors} | {row.Answered} | {row.DrainMs / 1000:0.0} s | {row.RssMb:0} MB | {row.CpuPerRequest} | {row.OthersCpuPct:0}% | {ratio} |");
        }

        text.AppendLine();
        text.AppendLine("Targets (ours-echo):").AppendLine();
        var allMet = true;
        void Target(string name, bool met, string detail)
        {
            allMet &= met;
            text.AppendLine(CultureInfo.InvariantCulture, $"- {(met ? "met" : "**unmet**")}: {name} — {detail}");
        }

        foreach (var traffic in rows.Where(r => r.Server == "echo").Select(r => r.Traffic).Distinct().ToList())
        {
            var echoes = rows.Where(r => r.Server == "echo" && r.Traffic == traffic).ToList();
            var pairs = echoes.Select(e => (Echo: e, Peer: PeerOf(rows, e))).Where(p => p.Peer is { Rps: > 0 }).ToList();
            if (pairs.Count == 1)
            {
                var (echo, peer) = pairs[0];
                Target($"{traffic}: req/s ≥ {ThroughputTarget:0}× {peer!.Label}", echo.Rps >= ThroughputTarget * peer.Rps, $"{echo.Rps:N0} vs {peer.Rps:N0} ({echo.Rps / peer.Rps:0.00}×)");
                Target($"{traffic}: p99 below {peer.Label}'s", echo.P99Us < peer.P99Us, $"{Ms(echo.P99Us)} vs {Ms(peer.P99Us)}");
            }
            else if (pairs.Count > 1)
            {
                // Several rounds, each the peer and ours back to back: the machine's speed drifts by more than 10% within
                // the hour, so each round's ratio compares two runs that saw the same machine, and the median of those
                // ratios is the figure judged.
                var ratios = pairs.Select(p => p.Echo.Rps / p.Peer!.Rps).ToList();
                var median = Median(ratios);
                var label = pairs[0].Peer!.Label;
                Target($"{traffic}: req/s ≥ {ThroughputTarget:0}× {label} (median of {pairs.Count} paired rounds)", median >= ThroughputTarget,
                    $"{median:0.00}× (rounds: {string.Join(", ", ratios.Select(r => $"{r:0.00}×"))}; median req/s {Median(pairs.Select(p => p.Echo.Rps)):N0} vs {Median(pairs.Select(p => p.Peer!.Rps)):N0})");
                Target($"{traffic}: p99 below {label}'s in every round", pairs.All(p => p.Echo.P99Us < p.Peer!.P99Us),
                    string.Join(", ", pairs.Select(p => $"{Ms(p.Echo.P99Us)} vs {Ms(p.Peer!.P99Us)}")));
            }

            Target($"{traffic}: 0 errors", echoes.All(e => e.ErrorCount == 0), string.Join(", ", echoes.Select(e => e.Errors)));
            Target($"{traffic}: every request answered exactly once", echoes.All(e => e.ExactlyOnce), string.Join(", ", echoes.Select(e => e.Answered)));
            var rss = echoes.Max(e => e.RssMb);
            Target($"{traffic}: peak RSS < {RssTargetMb:0} MB", rss < RssTargetMb, echoes.Count == 1 ? $"{rss:0} MB" : $"{rss:0} MB at most ({string.Join(", ", echoes.Select(e => $"{e.RssMb:0}"))})");
        }

        var informational = rows.Where(r => r.Server != "echo").ToList();
        if (informational.Count > 0)
        {
            text.AppendLine().AppendLine("Same checks for the other rows (informational):").AppendLine();
            foreach (var row in informational)
            {
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"- {row.Traffic} / {row.Label}: errors {(row.ErrorCount == 0 ? "0" : row.Errors)}; exactly once: {(row.ExactlyOnce ? "yes" : "no")}; peak RSS {row.RssMb:0} MB");
            }
        }

        text.AppendLine().AppendLine("Where the 2 cores went (measured phase; the server's share runs to the end of the drain):").AppendLine();
        foreach (var row in rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"- {row.Traffic}{(rounds > 1 ? $" round {row.Round}" : "")} / {row.Label}: server {row.ServerCpuMs / 1000 / row.Seconds:0.00} cores, stub {row.StubCpuMs / 1000 / row.Seconds:0.00} ({(row.Mine > 0 ? row.StubCpuMs * 1000 / row.Mine : 0):0} µs per reply), wrk {row.WrkCpuMs / 1000 / row.Seconds:0.00}, everything else {row.OthersCpuPct:0}% of the machine");
        }

        var invalid = rows.Where(r => r.Exhausted > 0).ToList();
        if (invalid.Count > 0)
        {
            allMet = false;
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture,
                $"**Invalid rows:** {string.Join(", ", invalid.Select(r => $"{r.Traffic}/{r.Label}"))} ran out of pre-generated requests; raise MAX_RATE.");
        }

        text.AppendLine().AppendLine(
            "req/s: 2xx responses per second over the measured window (closed loop: each connection sends its next request when the answer arrives). " +
            "p50/p99: wrk's latency of every response. errors: non-2xx responses and socket errors (connect, read, write, timeout). " +
            "answered: distinct replies the stub received for this phase's requests / replies to the same request again / 2xx-acknowledged requests never answered " +
            "(a request still in flight when wrk stopped may be answered without wrk counting its 2xx; those show as \"+n in flight\"). " +
            "drain: how long after wrk stopped the last reply reached the stub (Slack acks before it replies, and so does our Teams endpoint; the botbuilder peer replies before it acks). " +
            "peak RSS: the server process's VmHWM at the end of the run, warm-up included. " +
            "CPU/req: the server process's CPU time (user + system, all cores) from the start of the measured phase to the end of the drain, per 2xx request; " +
            "other load on the machine disturbs it much less than req/s. " +
            "others' CPU: what the rest of the machine (not the server, the stub or wrk) used while wrk ran, as a share of all cores; above a few percent, req/s and latency are disturbed.");

        var markdown = text.ToString();
        Console.Write(markdown);
        if (options.Get("out", "") is { Length: > 0 } path)
        {
            File.WriteAllText(path, markdown);
        }

        return allMet ? 0 : 3;
    }

    /// <summary>The peer's row of the same traffic and round.</summary>
    private static Row? PeerOf(List<Row> rows, Row row) => rows.FirstOrDefault(r => r.Traffic == row.Traffic && r.Round == row.Round && r.Server == "peer");

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Ms(double micros) => micros >= 100_000 ? $"{micros / 1000:N0} ms" : $"{micros / 1000:0.00} ms";

    private sealed record Row(
        string Traffic,
        string Server,
        string Label,
        double Rps,
        double P50Us,
        double P99Us,
        long Status,
        long Socket,
        long Ok,
        long Sent,
        long Exhausted,
        long Distinct,
        long Duplicates,
        long Foreign,
        long Unkeyed,
        double DrainMs,
        double RssMb,
        double ServerCpuMs,
        double OthersCpuPct,
        double StubCpuMs,
        double WrkCpuMs,
        double Seconds,
        int Round)
    {
        /// <summary>Server CPU time (user + system) from the start of the measured phase to the end of the drain, per 2xx request.</summary>
        public string CpuPerRequest => Ok > 0 && ServerCpuMs > 0 ? $"{ServerCpuMs * 1000 / Ok:0} µs" : "–";

        public long ErrorCount => Status + Socket;

        public string Errors => ErrorCount == 0 ? "0" : $"{Status:N0} non-2xx, {Socket:N0} socket";

        /// <summary>Replies to this phase's requests.</summary>
        public long Mine => Distinct - Foreign;

        public long Missing => Math.Max(0, Ok - Mine);

        public bool ExactlyOnce => Ok > 0 && Duplicates == 0 && Missing == 0 && Foreign == 0 && Unkeyed == 0 && Mine <= Sent;

        public string Answered
        {
            get
            {
                var extra = Mine > Ok ? $" (+{Mine - Ok} in flight)" : "";
                var odd = (Foreign > 0 ? $", {Foreign:N0} to an earlier phase" : "") + (Unkeyed > 0 ? $", {Unkeyed:N0} without a key" : "");
                return $"{Math.Min(Mine, Ok):N0}/{Ok:N0}{extra} / {Duplicates:N0} / {Missing:N0}{odd}";
            }
        }

        public static Row From(JsonElement e)
        {
            var wrk = e.GetProperty("wrk");
            var stub = e.GetProperty("stub");
            long L(JsonElement o, string name) => o.TryGetProperty(name, out var v) ? (long)v.GetDouble() : 0;
            var requests = L(wrk, "requests");
            var status = L(wrk, "status");
            var seconds = Math.Max(1e-9, wrk.GetProperty("duration_us").GetDouble() / 1e6);
            return new Row(
                e.GetProperty("traffic").GetString()!,
                e.GetProperty("server").GetString()!,
                e.GetProperty("label").GetString()!,
                (requests - status) / seconds,
                wrk.GetProperty("p50_us").GetDouble(),
                wrk.GetProperty("p99_us").GetDouble(),
                status,
                L(wrk, "connect") + L(wrk, "read") + L(wrk, "write") + L(wrk, "timeout"),
                requests - status,
                L(wrk, "sent"),
                L(wrk, "exhausted"),
                L(stub, "distinct"),
                L(stub, "duplicates"),
                L(stub, "foreign"),
                L(stub, "unkeyed"),
                stub.TryGetProperty("drain_ms", out var d) ? d.GetDouble() : 0,
                e.GetProperty("rss_kb").GetDouble() / 1024,
                e.TryGetProperty("server_cpu_ms", out var cpu) ? cpu.GetDouble() : 0,
                e.TryGetProperty("others_cpu_pct", out var others) ? others.GetDouble() : 0,
                e.TryGetProperty("stub_cpu_ms", out var stubCpu) ? stubCpu.GetDouble() : 0,
                e.TryGetProperty("wrk_cpu_ms", out var wrkCpu) ? wrkCpu.GetDouble() : 0,
                seconds,
                e.TryGetProperty("round", out var round) ? round.GetInt32() : 1);
        }
    }
}
