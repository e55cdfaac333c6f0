using System.Runtime.InteropServices;

namespace AlignmentBot.LoadTest;

/// <summary>
/// MALLOC_STATS=1: once a second, the echo host writes glibc's malloc totals over all arenas (mallinfo2) and its
/// resident set to its log (keep it with KEEP_WORK=1). "free" is memory glibc holds for reuse; the product's
/// NativeHeap:TrimInterval hands its whole pages back to the kernel.
/// </summary>
internal static partial class MallocProbe
{
    [StructLayout(LayoutKind.Sequential)]
    private struct MallInfo2
    {
        public nuint Arena, OrdBlks, SmBlks, HBlks, HBlkHd, UsmBlks, FsmBlks, UordBlks, FordBlks, KeepCost;
    }

    [LibraryImport("libc.so.6", EntryPoint = "mallinfo2")]
    private static partial MallInfo2 MallInfo();

    public static void StartIfAsked()
    {
        if (Environment.GetEnvironmentVariable("MALLOC_STATS") != "1" || !OperatingSystem.IsLinux())
        {
            return;
        }

        var thread = new Thread(() =>
        {
            for (var second = 0; ; second++)
            {
                var m = MallInfo();
                Console.Error.WriteLine($"malloc t={second}s arenas={m.Arena / 1024}K in-use={m.UordBlks / 1024}K free={m.FordBlks / 1024}K mmapped={m.HBlkHd / 1024}K rss={Environment.WorkingSet / 1048576}M");
                Thread.Sleep(1000);
            }
        }) { IsBackground = true, Name = "malloc stats" };
        thread.Start();
    }
}
