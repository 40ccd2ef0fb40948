using SmartCity.Bot.Knowledge;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>Made-up passages for the ranking and answer tests, and unrelated fillers so document frequencies are realistic.</summary>
internal static class MadeUpPassages
{
    public static Passage Passage(int n, string heading, string body) =>
        new($"uji.md#{n}", "uji.md", "Dokumen uji layanan kota cerdas", "uji", [heading], body, ["sumber uji"]);

    public static readonly Passage[] Fillers =
    [
        Passage(90, "Taman kota", "Taman kota dibangun di tengah permukiman dengan pohon peneduh dan bangku."),
        Passage(91, "Pasar rakyat", "Pasar rakyat direnovasi dengan atap baru dan los pedagang yang lebih lebar."),
        Passage(92, "Perpustakaan keliling", "Perpustakaan keliling membawa buku ke desa terpencil setiap pekan."),
        Passage(93, "Halte bus", "Halte bus baru dilengkapi papan informasi kedatangan dan jalur pejalan kaki."),
    ];

    /// <summary>An index of the given passages plus the fillers.</summary>
    public static KnowledgeIndex BuildWithFillers(params Passage[] passages) => KnowledgeIndex.Build([.. passages, .. Fillers]);
}
