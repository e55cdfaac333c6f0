using AlignmentBot.Application.Audit;
using AlignmentBot.Conversations.Messages;
using AlignmentBot.Domain.Workspaces;
using AlignmentBot.Storage.Stores;
using AlignmentBot.Testing;

namespace AlignmentBot.Host.Tests;

/// <summary><c>audit</c>: the trail as CSV an auditor can open in a spreadsheet.</summary>
public sealed class AuditCliTests : CliTest
{
    [Fact]
    public async Task Audit_AfterDemoAndImport_WritesOneRowPerChangeNamingTheCommandLineAndTheImport()
    {
        Assert.Equal(0, await RunAsync("demo"));
        var file = Path.Combine(Database.Directory, "funnel.csv");
        await File.WriteAllTextAsync(file, "week,mql,sql\n2026-11-02,42,17\n2026-11-09,45,19\n");
        Assert.Equal(0, await RunAsync("import", file));
        var csv = Path.Combine(Database.Directory, "audit.csv");

        Assert.Equal(0, await RunAsync("audit", "--out", csv));

        var rows = await ReadCsvAsync(csv);
        Assert.Equal(AuditCsv.Header, rows[0]);
        var import = Assert.Single(rows, r => r[9] == "funnel.csv");
        Assert.Equal(("Import", "import", "cli", "import.applied"), (import[2], import[4], import[5], import[8]));
        Assert.Equal("{\"measurements\":\"4\",\"metrics\":\"MQLs, SQLs\",\"periods\":\"2026-11-02 – 2026-11-15\"}", import[13]);
        var goals = rows.Where(r => r[8] == AuditKinds.GoalCreated).ToArray();
        Assert.Equal(7, goals.Length);
        Assert.All(goals, g => Assert.Equal(("CommandLine", "command line"), (g[2], g[4])));
        Assert.Contains($"Wrote {rows.Count - 1} audit entries of workspace 'local'", Out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_NameThatASpreadsheetWouldRun_IsWrittenAsText()
    {
        Assert.Equal(0, await RunAsync("db", "migrate"));
        var where = new ConversationAddress("slack", "T-EVIL", "D01", IsGroup: false);
        using (AuditContext.Use(AuditActor.Person("U-EVIL", "=HYPERLINK(\"http://evil.example\",\"x\")", where)))
        {
            await new SqlWorkspaceStore(Database.Connections).SaveAsync(TestData.Workspace("T-EVIL"), default);
            await new SqlWorkspaceStore(Database.Connections).SavePersonAsync(new Person(new WorkspaceId("T-EVIL"), "U-EVIL", "-1+1", Role.SalesLead), default);
        }

        Assert.Equal(0, await RunAsync("audit", "--workspace", "T-EVIL"));

        var csv = Out.ToString();
        Assert.Contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",", csv, StringComparison.Ordinal);
        Assert.Contains(",'-1+1's role,", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",=", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_SinceAndUntil_KeepOnlyThoseDays()
    {
        Assert.Equal(0, await RunAsync("db", "migrate"));
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
        var goals = new SqlGoalStore(Database.Connections, new AuditTrail(time));
        var ws = WorkspaceId.Local;
        await new SqlWorkspaceStore(Database.Connections, new AuditTrail(time)).SaveAsync(new Workspace(ws, Platform.Local, "Local workspace"), default);
        foreach (var _ in Enumerable.Range(0, 3))
        {
            await goals.SaveAsync(ws, [TestData.Goal(ws)], default);
            time.Advance(TimeSpan.FromDays(7));
        }

        Assert.Equal(0, await RunAsync("audit", "--since", "2026-11-09", "--until", "2026-11-09"));

        var rows = Out.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, rows.Length);
        Assert.StartsWith("2026-11-09T09:00:00.000Z,local,System,", rows[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_DateInAnotherFormat_IsRefusedWithTheFormatToUse()
    {
        Assert.Equal(2, await RunAsync("audit", "--since", "9 Nov"));

        Assert.Contains("yyyy-MM-dd", Err.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_WorkspaceWithoutEntries_SaysWhichWorkspacesHaveSome()
    {
        Assert.Equal(0, await RunAsync("demo", "--workspace", "T-DEMO"));

        Assert.Equal(0, await RunAsync("audit"));

        Assert.Contains("Workspaces with entries: T-DEMO", Err.ToString(), StringComparison.Ordinal);
    }

    private static async Task<List<string[]>> ReadCsvAsync(string path)
    {
        // A small RFC 4180 reader: enough to prove the file parses back into the cells that were written.
        var text = await File.ReadAllTextAsync(path);
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add([.. row]);
                row.Clear();
                i++;
            }
            else
            {
                cell.Append(c);
            }
        }

        return rows;
    }

    private Task<int> RunAsync(params string[] args)
        => InvokeAsync(args);
}
