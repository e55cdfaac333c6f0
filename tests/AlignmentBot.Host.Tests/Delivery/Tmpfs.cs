using System.Diagnostics;

namespace AlignmentBot.Host.Tests.Delivery;

/// <summary>A small tmpfs mounted over a folder, to fill a real file system up to its last block (Linux, as root).</summary>
internal sealed class Tmpfs : IDisposable
{
    private readonly string _path;

    private Tmpfs(string path) => _path = path;

    /// <summary>Why a tmpfs cannot be mounted here, or null when it can (root on Linux with mount(8)).</summary>
    public static string? Unavailable()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "needs Linux";
        }

        if (Environment.UserName != "root")
        {
            return "needs root to mount a tmpfs";
        }

        return File.Exists("/bin/mount") || File.Exists("/usr/bin/mount") ? null : "needs mount(8)";
    }

    public static Tmpfs Mount(string path, string size)
    {
        Run("mount", "-t", "tmpfs", "-o", $"size={size}", "tmpfs", path);
        return new Tmpfs(path);
    }

    /// <summary>Writes to <paramref name="file"/> until the file system has no block left.</summary>
    public static void FillUp(string file)
    {
        using var stream = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0);
        var block = new byte[4096];
        try
        {
            while (true)
            {
                stream.Write(block);
            }
        }
        catch (IOException)
        {
            // No space left on device: full.
        }
    }

    public void Dispose() => Run("umount", "-l", _path);

    private static void Run(string command, params string[] args)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{command} {string.Join(' ', args)} failed ({process.ExitCode}): {error}");
        }
    }
}

/// <summary>A test that needs a real full disk (<see cref="Tmpfs"/>); skipped, with the reason, where none can be mounted.</summary>
public sealed class TmpfsFactAttribute : FactAttribute
{
    public TmpfsFactAttribute()
    {
        if (Tmpfs.Unavailable() is { } reason)
        {
            Skip = "A real full disk " + reason + ".";
        }
    }
}
