using AlignmentBot.Application.Audit;
using AlignmentBot.Application.Ports;
using AlignmentBot.Domain.Workspaces;

namespace AlignmentBot.Application.Import;

/// <summary>Reads a whole file, validates every row, and stores it only if every row is good.</summary>
public sealed class ImportService(IImportStore store, IWorkspaceStore workspaces, TimeProvider time)
{
    public const int MaxErrorsReported = 50;

    /// <summary>
    /// A file as bytes: its encoding is detected first (<see cref="CsvEncoding"/>). A file that is not text in a known
    /// encoding is refused before anything is read into the store; a Windows-1252 guess is named in the result.
    /// </summary>
    public async Task<ImportResult> ImportAsync(WorkspaceId workspaceId, string fileName, Stream content, ImportOptions options, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        var text = CsvEncoding.Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        if (text.Text is null)
        {
            return ImportResult.Failed(options.Kind, [new ImportError(0, $"Cannot read {Path.GetFileName(fileName)}: {text.Problem}")]);
        }

        var result = await ImportAsync(workspaceId, fileName, new StringReader(text.Text), options, cancellationToken);
        return text.Guessed ? result with { ReadAs = text.Encoding } : result;
    }

    public async Task<ImportResult> ImportAsync(WorkspaceId workspaceId, string fileName, TextReader reader, ImportOptions options, CancellationToken cancellationToken)
    {
        var (result, batch, workspace) = await ReadAsync(workspaceId, fileName, reader, options, cancellationToken);
        if (batch is null)
        {
            return result;
        }

        // The import is the author of what it writes, from wherever it was started (the command line, a file in chat).
        using (AuditContext.Use(AuditActor.Import(AuditContext.IsSet ? AuditContext.Current : null)))
        {
            if (workspace is null)
            {
                await workspaces.SaveAsync(new Workspace(workspaceId, Platform.Local, workspaceId.Value), cancellationToken);
            }

            await store.ApplyAsync(batch, cancellationToken);
        }

        return result;
    }

    /// <summary>
    /// Everything <see cref="ImportAsync(WorkspaceId, string, TextReader, ImportOptions, CancellationToken)"/> checks, and
    /// nothing stored: what the file would load (the counts), or every problem found with how many rows were good.
    /// </summary>
    public async Task<ImportPreview> PreviewAsync(WorkspaceId workspaceId, string fileName, string text, ImportOptions options, CancellationToken cancellationToken)
    {
        var (result, batch, _) = await ReadAsync(workspaceId, fileName, new StringReader(text), options, cancellationToken);
        return new ImportPreview(result, batch is not null);
    }

    private async Task<(ImportResult Result, ImportBatch? Batch, Workspace? Workspace)> ReadAsync(WorkspaceId workspaceId, string fileName, TextReader reader, ImportOptions options, CancellationToken cancellationToken)
    {
        CsvTable table;
        try
        {
            table = CsvParser.Parse(reader);
        }
        catch (FormatException ex)
        {
            return (ImportResult.Failed(options.Kind, [new ImportError(0, ex.Message)]), null, null);
        }

        if (table.Header.Count == 0)
        {
            return (ImportResult.Failed(options.Kind, [new ImportError(0, "The file is empty.")]), null, null);
        }

        var kind = options.Kind ?? Detect(table);
        if (kind is null)
        {
            return (ImportResult.Failed(null, [new ImportError(1,
                "Could not tell what this file holds. Expected measurements (date, metric, value — or date plus one column per metric), " +
                "leads (an id, a stage or status, and a created date), or accounts (an account, company or domain column).")]), null, null);
        }

        var workspace = await workspaces.GetAsync(workspaceId, cancellationToken);
        var context = new ImportContext(workspaceId, Path.GetFileName(fileName), options, time.GetUtcNow(), workspace?.Currency ?? "USD");
        var batch = kind switch
        {
            ImportKind.Measurements => new ImportBatch(workspaceId, MeasurementsReader.Read(table, context), [], [], context.FileName),
            ImportKind.Leads => new ImportBatch(workspaceId, [], LeadsReader.Read(table, context), [], context.FileName),
            _ => new ImportBatch(workspaceId, [], [], AccountsReader.Read(table, context), context.FileName),
        };

        if (context.Errors.Count > 0)
        {
            var failed = ImportResult.Failed(kind, context.Errors.OrderBy(e => e.Line).Take(MaxErrorsReported).ToArray()) with
            {
                GoodRows = batch.Count,
                BadRows = context.Errors.Select(e => e.Line).Distinct().Count(),
            };
            return (failed, null, workspace);
        }

        if (batch.Count == 0)
        {
            return (ImportResult.Failed(kind, [new ImportError(0, "The file has a header but no rows.")]), null, workspace);
        }

        return (new ImportResult(kind, batch.Measurements.Count, batch.Leads.Count, batch.AccountLists.Sum(l => l.Accounts.Count), []), batch, workspace);
    }

    public static ImportKind? Detect(CsvTable table)
    {
        if (MeasurementsReader.IsLong(table))
        {
            return ImportKind.Measurements;
        }

        if (LeadsReader.Matches(table))
        {
            return ImportKind.Leads;
        }

        if (MeasurementsReader.IsWide(table))
        {
            return ImportKind.Measurements;
        }

        return AccountsReader.Matches(table) ? ImportKind.Accounts : null;
    }
}
