using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace SmartCity.Bot.Knowledge;

/// <summary>
/// Owns the index for the running bot: loads the index written by `index` when it matches the current
/// knowledge/ files, otherwise builds one in memory from the documents (first use, or warmed at startup).
/// </summary>
public sealed class KnowledgeBase : IDisposable
{
    private readonly object _loadGate = new();
    private readonly ILogger<KnowledgeBase> _logger;
    private LoadedIndex? _loaded;

    /// <summary>The index in use and the fingerprint of the knowledge files it was built from; swapped as one.</summary>
    private sealed record LoadedIndex(KnowledgeIndex Index, string Fingerprint);

    public KnowledgeBase(IOptions<KnowledgeOptions> options, IHostEnvironment environment, ILogger<KnowledgeBase> logger)
    {
        _logger = logger;
        Options = options.Value;
        Folder = ResolveFolder(Options.Path, environment.ContentRootPath);
        IndexFolder = System.IO.Path.GetFullPath(System.IO.Path.Combine(environment.ContentRootPath, Options.IndexPath));
    }

    public KnowledgeOptions Options { get; }

    /// <summary>The knowledge/ folder in use.</summary>
    public string Folder { get; }

    /// <summary>Where `index` writes the built index.</summary>
    public string IndexFolder { get; }

    /// <summary>The index in use: loaded on first use, replaced as a whole by <see cref="Swap"/> (the single swap point).</summary>
    public KnowledgeIndex Index => (Volatile.Read(ref _loaded) ?? LoadOnce()).Index;

    /// <summary>The index in use, or null while it has not been loaded yet (never triggers the load).</summary>
    public KnowledgeIndex? Loaded => Volatile.Read(ref _loaded)?.Index;

    /// <summary>Why the last load failed (a staff slip in a data file, an unreadable folder); null once loaded.</summary>
    public string? LoadError { get; private set; }

    /// <summary>Fingerprint of the knowledge files behind the index in use (null before the first load).</summary>
    public string? LoadedFingerprint => Volatile.Read(ref _loaded)?.Fingerprint;

    /// <summary>
    /// Puts a freshly built index in service atomically: turns already searching finish on the old one, which is
    /// disposed after <paramref name="retireAfter"/>.
    /// </summary>
    public void Swap(KnowledgeIndex next, string fingerprint, TimeSpan retireAfter)
    {
        lock (_loadGate)
        {
            var previous = Interlocked.Exchange(ref _loaded, new LoadedIndex(next, fingerprint));
            // Staff changed the documents: the first read is of files no longer there, and held for nothing.
            lock (_readGate) _firstRead = null;
            if (previous is not null)
                _ = Task.Delay(retireAfter).ContinueWith(_ => previous.Index.Dispose(), TaskScheduler.Default);
        }
    }

    private LoadedIndex LoadOnce()
    {
        lock (_loadGate)
        {
            if (_loaded is { } loaded) return loaded;
            var fingerprint = KnowledgeIndex.Fingerprint(Folder);
            try { loaded = new LoadedIndex(Load(fingerprint), fingerprint); }
            catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                // Logged once per distinct reason: every turn retries the load until staff fix the file.
                if (LoadError != e.Message) _logger.LogError(e, "Knowledge could not be loaded from {Folder}: {Reason}", Folder, e.Message);
                LoadError = e.Message;
                throw;
            }
            LoadError = null;
            Volatile.Write(ref _loaded, loaded);
            return loaded;
        }
    }

    /// <summary>
    /// Knowledge:Path when configured (relative to the content root); else knowledge/ inside the content root (a
    /// published build carries it as content beside the program); else ../knowledge (the repository's bot/ folder);
    /// else the first knowledge/ folder found walking up from the content root or the program's folder.
    /// </summary>
    public static string ResolveFolder(string? configured, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured)) return System.IO.Path.GetFullPath(System.IO.Path.Combine(contentRoot, configured));
        var published = System.IO.Path.Combine(contentRoot, "knowledge");
        if (System.IO.Directory.Exists(published)) return published;
        var beside = System.IO.Path.GetFullPath(System.IO.Path.Combine(contentRoot, "..", "knowledge"));
        if (System.IO.Directory.Exists(beside)) return beside;
        foreach (var start in new[] { contentRoot, AppContext.BaseDirectory })
            for (var d = new DirectoryInfo(start); d is not null; d = d.Parent)
                if (System.IO.Directory.Exists(System.IO.Path.Combine(d.FullName, "knowledge")) && File.Exists(System.IO.Path.Combine(d.FullName, "SmartCity.Bot.sln")))
                    return System.IO.Path.Combine(d.FullName, "knowledge");
        return beside;
    }

    private readonly object _readGate = new();
    private DocumentsRead? _firstRead;

    /// <summary>The documents as read from the folder, with the fingerprint of the files they were read from.</summary>
    private sealed record DocumentsRead(string Fingerprint, IReadOnlyList<KnowledgeDocument> Documents);

    /// <summary>
    /// The documents as first read from the folder; the index built at start-up is built from this same read. What
    /// else is made from the documents at start-up (the region finder's ordinary words) takes them from here instead
    /// of reading and parsing every file (a PDF, a Word document) a second time.
    /// </summary>
    public IReadOnlyList<KnowledgeDocument> DocumentsAtStart()
    {
        lock (_readGate) return (_firstRead ??= new(KnowledgeIndex.Fingerprint(Folder), LoadDocuments())).Documents;
    }

    // The documents an index built in memory is built from: the first read when it was of the same files, else read afresh.
    private IReadOnlyList<KnowledgeDocument> DocumentsOf(string fingerprint)
    {
        lock (_readGate)
        {
            _firstRead ??= new(fingerprint, LoadDocuments());
            return _firstRead.Fingerprint == fingerprint ? _firstRead.Documents : LoadDocuments();
        }
    }

    public IReadOnlyList<KnowledgeDocument> LoadDocuments() =>
        DocumentLoader.LoadFolder(Folder, (file, ex) => _logger.LogWarning(ex, "Document {File} could not be read and was skipped", file));

    private KnowledgeIndex Load(string fingerprint)
    {
        var watch = Stopwatch.StartNew();
        // The word lists belong with the documents: an index is always read with the lexicon of its folder.
        Lexicon.Current = Lexicon.For(Folder);
        RankingWeights.Current = RankingWeights.For(Folder);
        var manifest = ReadManifest();
        if (manifest?.Fingerprint == fingerprint)
        {
            try
            {
                var built = KnowledgeIndex.Open(IndexFolder);
                _logger.LogInformation("Knowledge index loaded from {Folder}: {Count} passages ({Ms} ms)", IndexFolder, built.Passages.Count, watch.ElapsedMilliseconds);
                return built;
            }
            catch (Exception ex) when (ex is IOException or Lucene.Net.Index.IndexNotFoundException or JsonException)
            {
                _logger.LogWarning(ex, "Index at {Folder} could not be opened; rebuilding in memory", IndexFolder);
            }
        }
        if (!System.IO.Directory.Exists(Folder))
            _logger.LogWarning("Knowledge folder {Folder} not found; the bot can only answer that it does not know yet", Folder);
        var index = KnowledgeIndex.Build(DocumentsOf(fingerprint).SelectMany(d => d.Passages));
        _logger.LogInformation("Knowledge index built in memory from {Folder}: {Count} passages ({Ms} ms)", Folder, index.Passages.Count, watch.ElapsedMilliseconds);
        return index;
    }

    /// <summary>Writes the index to disk with a manifest naming the knowledge files it was built from.</summary>
    public IndexManifest WriteIndex()
    {
        var watch = Stopwatch.StartNew();
        Lexicon.Current = Lexicon.For(Folder);
        RankingWeights.Current = RankingWeights.For(Folder);
        var documents = LoadDocuments();
        var fingerprint = KnowledgeIndex.Fingerprint(Folder);
        if (System.IO.Directory.Exists(IndexFolder)) System.IO.Directory.Delete(IndexFolder, recursive: true);
        System.IO.Directory.CreateDirectory(IndexFolder);
        using (KnowledgeIndex.Build(documents.SelectMany(d => d.Passages), Lucene.Net.Store.FSDirectory.Open(IndexFolder))) { }
        var manifest = new IndexManifest(fingerprint, DateTimeOffset.UtcNow, documents.Count, documents.Sum(d => d.Passages.Count),
            Folder, watch.ElapsedMilliseconds);
        File.WriteAllText(ManifestPath, JsonSerializer.Serialize(manifest, new JsonSerializerOptions { WriteIndented = true }));
        return manifest;
    }

    private string ManifestPath => System.IO.Path.Combine(IndexFolder, "manifest.json");

    private IndexManifest? ReadManifest()
    {
        try
        {
            return File.Exists(ManifestPath) ? JsonSerializer.Deserialize<IndexManifest>(File.ReadAllText(ManifestPath)) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        _loaded?.Index.Dispose();
    }
}

/// <summary>Written beside a built index: what it was built from, so a stale index is never served.</summary>
public sealed record IndexManifest(string Fingerprint, DateTimeOffset BuiltAt, int Documents, int Passages, string KnowledgeFolder, long BuildMilliseconds);
