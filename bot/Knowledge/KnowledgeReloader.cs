using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace SmartCity.Bot.Knowledge;

/// <summary>
/// Knowledge updates without a redeploy: watches the knowledge folder (a file watcher for local disks, and a
/// fingerprint check every Knowledge:ReloadInterval because network mounts such as Azure Files raise no events),
/// rebuilds the index beside the one in use and swaps it in atomically. Every instance watches the same folder, so
/// each picks the change up on its own. A rebuild that fails or finds no passages keeps the current index (the bot
/// stays ready).
/// </summary>
public sealed class KnowledgeReloader(KnowledgeBase knowledge, IOptions<KnowledgeOptions> options, ILogger<KnowledgeReloader> logger)
    : BackgroundService
{
    /// <summary>How long an old index lives on for turns still searching it.</summary>
    private static readonly TimeSpan RetireAfter = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.ReloadInterval;
        if (interval <= TimeSpan.Zero) return;
        using var changed = new SemaphoreSlim(0, 1);
        using var watcher = Watch(knowledge.Folder, () => { if (changed.CurrentCount == 0) try { changed.Release(); } catch (SemaphoreFullException) { } });
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // Staff copy several files at once: after an event, let the burst settle before rebuilding.
                if (await changed.WaitAsync(interval, stoppingToken)) await Task.Delay(options.Value.ReloadSettle, stoppingToken);
            }
            catch (OperationCanceledException) { return; }
            await Task.Run(ReloadIfChanged, stoppingToken);
        }
    }

    /// <summary>Rebuilds and swaps the index when the knowledge files changed since it was built. True when swapped.</summary>
    public bool ReloadIfChanged()
    {
        // Before the first load the warm-up builds from the current files anyway.
        if (knowledge.LoadedFingerprint is not { } current) return false;
        try
        {
            var fingerprint = KnowledgeIndex.Fingerprint(knowledge.Folder);
            if (fingerprint == current) return false;
            var watch = Stopwatch.StartNew();
            var next = KnowledgeIndex.Build(knowledge.LoadDocuments().SelectMany(d => d.Passages));
            if (next.Passages.Count == 0)
            {
                next.Dispose();
                logger.LogWarning("Knowledge folder {Folder} changed but holds no passages; keeping the current index", knowledge.Folder);
                return false;
            }
            knowledge.Swap(next, fingerprint, RetireAfter);
            logger.LogInformation("Knowledge index rebuilt after a change in {Folder}: {Count} passages ({Ms} ms)", knowledge.Folder, next.Passages.Count, watch.ElapsedMilliseconds);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            // A file half-copied: the fingerprint still differs, so the next round tries again.
            logger.LogWarning(e, "Knowledge index rebuild failed; keeping the current index and retrying");
            return false;
        }
    }

    private FileSystemWatcher? Watch(string folder, Action onChange)
    {
        if (!Directory.Exists(folder)) return null;
        try
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
            watcher.Changed += (_, _) => onChange();
            watcher.Created += (_, _) => onChange();
            watcher.Deleted += (_, _) => onChange();
            watcher.Renamed += (_, _) => onChange();
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception e) when (e is IOException or ArgumentException or PlatformNotSupportedException)
        {
            // inotify limits reached or an unsupported mount: the periodic check still sees changes.
            logger.LogWarning(e, "Cannot watch {Folder}; relying on the periodic check", folder);
            return null;
        }
    }
}
