using System.Globalization;
using System.Text;

namespace AlignmentBot.Application.Tests.Paraphrases;

/// <summary>One line of a paraphrase table: what a reader should make of <see cref="Text"/>.</summary>
public sealed record ParaphraseRow(string Expected, string Text, string Source);

/// <summary>
/// A kind of meaning said many ways, to build a reader against more than the one phrasing a scenario used. Each kind has
/// two files in <c>Paraphrases/</c>: <c>&lt;kind&gt;.train.txt</c>, which the reader must read right every time, and
/// <c>&lt;kind&gt;.heldout.txt</c>, written with it before the reader and not looked at while building it, whose pass rate
/// says how far the reader reaches past what it was built on (reported, and held at the <c># floor: N</c> its header
/// records). A line is <c>expected⇥text</c> (a tab between); <c>#</c> starts a comment. What "expected" means is the
/// kind's own: a value the reader returns ("GBP", "240", "sign"), or <c>yes</c> / <c>no</c> for a reader that says whether
/// a message is of the kind; near-misses, which must not be read as the kind, are rows like any other.
/// See docs/scenarios.md, "Paraphrase tables".
/// </summary>
public static class ParaphraseTable
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Paraphrases");

    public static IReadOnlyList<ParaphraseRow> Load(string kind, string part)
    {
        var file = Path.Combine(Directory, $"{kind}.{part}.txt");
        return Parse(File.ReadAllText(file, Encoding.UTF8), $"{kind}.{part}.txt").Rows;
    }

    /// <summary>The rows of a table, and its floor (the held-out pass rate, in percent, that must not drop), if it records one.</summary>
    public static (IReadOnlyList<ParaphraseRow> Rows, int? Floor) Parse(string content, string name)
    {
        var rows = new List<ParaphraseRow>();
        int? floor = null;
        var lines = content.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (line.TrimStart().StartsWith('#'))
            {
                var comment = line.TrimStart().TrimStart('#').Trim();
                if (comment.StartsWith("floor:", StringComparison.OrdinalIgnoreCase))
                {
                    floor = int.Parse(comment["floor:".Length..].Trim().TrimEnd('%'), CultureInfo.InvariantCulture);
                }

                continue;
            }

            var tab = line.IndexOf('\t');
            if (tab <= 0 || tab == line.Length - 1)
            {
                throw new FormatException($"{name}:{i + 1}: expected `expected<TAB>text`, got \"{line}\"");
            }

            rows.Add(new ParaphraseRow(line[..tab].Trim(), line[(tab + 1)..].Trim(), $"{name}:{i + 1}"));
        }

        return (rows, floor);
    }

    /// <summary>The training part: every row must be read as expected; the failure lists every row that is not.</summary>
    public static void AssertTrain(string kind, Func<string, string?> read)
    {
        var rows = Load(kind, "train");
        Assert.NotEmpty(rows);
        var wrong = Misses(rows, read);
        Assert.True(wrong.Count == 0, $"{wrong.Count} of {rows.Count} rows of {kind}.train read wrong:\n" + string.Join("\n", wrong));
    }

    /// <summary>
    /// The held-out part: its pass rate is written to <c>paraphrase-report.txt</c> next to the test assembly and must stay at
    /// or above the floor in the file's header (no floor: reported only). Returns the rate in percent.
    /// </summary>
    public static double AssertHeldOut(string kind, Func<string, string?> read)
    {
        var file = Path.Combine(Directory, $"{kind}.heldout.txt");
        var (rows, floor) = Parse(File.ReadAllText(file, Encoding.UTF8), $"{kind}.heldout.txt");
        Assert.NotEmpty(rows);
        var wrong = Misses(rows, read);
        var rate = 100.0 * (rows.Count - wrong.Count) / rows.Count;
        var line = string.Create(CultureInfo.InvariantCulture, $"{kind}: held-out {rows.Count - wrong.Count}/{rows.Count} ({rate:0.0}%), floor {(floor is { } f ? f + "%" : "none")}");
        lock (ReportLock)
        {
            // One report per test run: the first kind measured in this process starts the file over.
            var report = Path.Combine(AppContext.BaseDirectory, "paraphrase-report.txt");
            if (!_reportStarted)
            {
                File.Delete(report);
                _reportStarted = true;
            }

            File.AppendAllText(report, line + "\n" + string.Concat(wrong.Select(w => "  " + w + "\n")));
        }

        if (floor is { } min)
        {
            Assert.True(rate >= min, line + "\n" + string.Join("\n", wrong));
        }

        return rate;
    }

    private static readonly object ReportLock = new();
    private static bool _reportStarted;

    private static List<string> Misses(IReadOnlyList<ParaphraseRow> rows, Func<string, string?> read)
    {
        var wrong = new List<string>();
        foreach (var row in rows)
        {
            string? got;
            try
            {
                got = read(row.Text);
            }
            catch (Exception e)
            {
                got = $"threw {e.GetType().Name}: {e.Message}";
            }

            if (!string.Equals(got?.Trim(), row.Expected, StringComparison.OrdinalIgnoreCase))
            {
                wrong.Add($"{row.Source}: \"{row.Text}\" — expected {row.Expected}, read {got ?? "nothing"}");
            }
        }

        return wrong;
    }
}
