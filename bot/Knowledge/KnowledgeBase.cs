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
    private readonly Lazy<KnowledgeIndex> _index;
    private readonly ILogger<KnowledgeBase> _logger;

    public KnowledgeBase(IOptions<KnowledgeOptions> options, IHostEnvironment environment, ILogger<KnowledgeBase> logger)
    {
        _logger = logger;
        Options = options.Value;
        Folder = ResolveFolder(Options.Path, environment.ContentRootPath);
        IndexFolder = System.IO.Path.GetFullPath(System.IO.Path.Combine(environment.ContentRootPath, Options.IndexPath));
        _index = new Lazy<KnowledgeIndex>(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public KnowledgeOptions Options { get; }

    /// <summary>The knowledge/ folder in use.</summary>
    public string Folder { get; }

    /// <summary>Where `index` writes the built index.</summary>
    public string IndexFolder { get; }

    public KnowledgeIndex Index => _index.Value;

    /// <summary>
    /// Knowledge:Path when configured (relative to the content root bot/), else ../knowledge from the content root,
    /// else the first knowledge/ folder found walking up from the content root or the program's folder.
    /// </summary>
    public static string ResolveFolder(string? configured, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured)) return System.IO.Path.GetFullPath(System.IO.Path.Combine(contentRoot, configured));
        var beside = System.IO.Path.GetFullPath(System.IO.Path.Combine(contentRoot, "..", "knowledge"));
        if (System.IO.Directory.Exists(beside)) return beside;
        foreach (var start in new[] { contentRoot, AppContext.BaseDirectory })
            for (var d = new DirectoryInfo(start); d is not null; d = d.Parent)
                if (System.IO.Directory.Exists(System.IO.Path.Combine(d.FullName, "knowledge")) && File.Exists(System.IO.Path.Combine(d.FullName, "SmartCity.Bot.sln")))
                    return System.IO.Path.Combine(d.FullName, "knowledge");
        return beside;
    }

    public IReadOnlyList<KnowledgeDocument> LoadDocuments() =>
        DocumentLoader.LoadFolder(Folder, (file, ex) => _logger.LogWarning(ex, "Dokumen {File} tidak dapat dibaca dan dilewati", file));

    private KnowledgeIndex Load()
    {
        var watch = Stopwatch.StartNew();
        // The word lists belong with the documents: an index is always read with the lexicon of its folder.
        Lexicon.Current = Lexicon.For(Folder);
        var fingerprint = KnowledgeIndex.Fingerprint(Folder);
        var manifest = ReadManifest();
        if (manifest?.Fingerprint == fingerprint)
        {
            try
            {
                var built = KnowledgeIndex.Open(IndexFolder);
                _logger.LogInformation("Indeks pengetahuan dimuat dari {Folder}: {Count} bagian ({Ms} ms)", IndexFolder, built.Passages.Count, watch.ElapsedMilliseconds);
                return built;
            }
            catch (Exception ex) when (ex is IOException or Lucene.Net.Index.IndexNotFoundException or JsonException)
            {
                _logger.LogWarning(ex, "Indeks di {Folder} tidak dapat dibuka; membangun ulang di memori", IndexFolder);
            }
        }
        if (!System.IO.Directory.Exists(Folder))
            _logger.LogWarning("Folder pengetahuan {Folder} tidak ditemukan; bot hanya dapat menjawab bahwa ia belum tahu", Folder);
        var index = KnowledgeIndex.Build(LoadDocuments().SelectMany(d => d.Passages));
        _logger.LogInformation("Indeks pengetahuan dibangun di memori dari {Folder}: {Count} bagian ({Ms} ms)", Folder, index.Passages.Count, watch.ElapsedMilliseconds);
        return index;
    }

    /// <summary>Writes the index to disk with a manifest naming the knowledge files it was built from.</summary>
    public IndexManifest WriteIndex()
    {
        var watch = Stopwatch.StartNew();
        Lexicon.Current = Lexicon.For(Folder);
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
        if (_index.IsValueCreated) _index.Value.Dispose();
    }
}

/// <summary>Written beside a built index: what it was built from, so a stale index is never served.</summary>
public sealed record IndexManifest(string Fingerprint, DateTimeOffset BuiltAt, int Documents, int Passages, string KnowledgeFolder, long BuildMilliseconds);
