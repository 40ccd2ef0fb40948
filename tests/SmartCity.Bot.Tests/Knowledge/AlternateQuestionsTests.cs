using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// Issue 9 item 4: alternate questions staff list per section (front matter <c>questions:</c>) are evidence for that
/// section. A made-up class guide is added to the programme's documents; its headings and text use other words than the
/// questions people ask ("Materi", "Isinya statistik dasar …"), and a sibling section shares their stems ("Pengajar" for
/// "dipelajari"). Each staff phrasing, and a paraphrase of it, must find its section, in the index and through the bot.
/// </summary>
public sealed class AlternateQuestionsTests : IAsyncLifetime
{
    private const string Guide = """
        ---
        title: Panduan Kelas Data Kelurahan Sukamekar
        topic: kelas-data
        sources:
          - "Warta Kecamatan Sukamekar, 2 Juni 2032 — https://warta.sukamekar.example/kelas-data"
        updated: 2032-06-02
        questions:
          "Tenggat":
            - kapan pendaftaran peserta kelas ditutup?
            - sampai kapan kelurahan bisa mendaftarkan peserta?
          "Biaya":
            - apakah peserta kelas harus membayar?
            - berapa biaya ikut kelas data?
          "Materi":
            - apa saja yang dipelajari peserta di kelas data?
        ---
        # Panduan Kelas Data Kelurahan Sukamekar

        ## Pendaftaran peserta kelas

        Pendaftaran peserta kelas dibuka bagi staf kelurahan lewat formulir daring. Setiap kelurahan mengirim dua peserta kelas, dan pendaftaran peserta diverifikasi kecamatan.

        ## Tenggat

        Formulir terakhir diterima 9 Agustus 2032; sesudah itu portal dikunci.

        ## Biaya

        Kelurahan tidak menanggung ongkos apa pun; konsumsi dan modul disediakan kecamatan.

        ## Materi

        Isinya statistik dasar, pembersihan tabel, dan penyajian peta tematik.

        ## Pengajar

        Sesi dibawakan Wulan Permatasari bersama dua analis statistik kecamatan.
        """;

    private static readonly Lazy<KnowledgeIndex> Index = new(() => KnowledgeIndex.Build(
        [.. DocumentLoader.LoadFolder(RepoPaths.Knowledge).SelectMany(d => d.Passages), .. DocumentLoader.FromMarkdown(Guide, "kelas-data.md").Passages]));

    private BotServer _bot = null!;
    private string _folder = null!;

    public async Task InitializeAsync()
    {
        _folder = Directory.CreateTempSubdirectory("smartcity-alternates-").FullName;
        foreach (var dir in Directory.EnumerateDirectories(RepoPaths.Knowledge, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(_folder, Path.GetRelativePath(RepoPaths.Knowledge, dir)));
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Knowledge, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(_folder, Path.GetRelativePath(RepoPaths.Knowledge, file)));
        await File.WriteAllTextAsync(Path.Combine(_folder, "kelas-data.md"), Guide);
        _bot = await KnowledgeBot.StartAsync(_folder);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    [Theory]
    // The staff phrasings themselves.
    [InlineData("kapan pendaftaran peserta kelas ditutup?", "Tenggat")]
    [InlineData("sampai kapan kelurahan bisa mendaftarkan peserta?", "Tenggat")]
    [InlineData("apakah peserta kelas harus membayar?", "Biaya")]
    [InlineData("berapa biaya ikut kelas data?", "Biaya")]
    [InlineData("apa saja yang dipelajari peserta di kelas data?", "Materi")]
    // Paraphrases, as people type them.
    [InlineData("pendaftaran kelas data tutupnya kapan", "Tenggat")]
    [InlineData("kelurahan masih bisa daftarin peserta sampe kapan", "Tenggat")]
    [InlineData("peserta kelas data bayar gak", "Biaya")]
    [InlineData("ikut kelas data kelurahan biayanya brp", "Biaya")]
    [InlineData("di kelas data belajar apa aja", "Materi")]
    public void A_question_worded_like_a_staff_phrasing_finds_its_section(string question, string heading) =>
        Assert.Equal(heading, Index.Value.Search(question)[0].Passage.Heading);

    [Theory]
    [InlineData("apa saja yang dipelajari peserta di kelas data?")]
    [InlineData("di kelas data belajar apa aja")]
    public async Task The_bot_answers_from_the_section_the_question_is_worded_for(string question)
    {
        var text = Activities.Read(await _bot.AskAsync(question, conversationId: "alt-" + Guid.NewGuid().ToString("N")));
        Assert.Contains("statistik dasar", text);
        Assert.DoesNotContain("Wulan", text);
    }

    [Fact]
    public void A_question_sharing_a_word_or_two_with_a_phrasing_is_not_taken_for_it() =>
        // "pendaftaran peserta" is in the Tenggat phrasing, but the question asks how to register: the section saying so answers.
        Assert.Equal("Pendaftaran peserta kelas", Index.Value.Search("bagaimana cara pendaftaran peserta kelas data")[0].Passage.Heading);

    [Fact]
    public void A_question_of_one_content_word_is_not_taken_for_a_phrasing_holding_it() =>
        // "mendaftarkan" is the one word the question names; the Tenggat phrasing holds it, but a single shared word is no
        // evidence of how the question is put: the section about registering answers.
        Assert.Equal("Pendaftaran peserta kelas", Index.Value.Search("gimana mendaftarkan?")[0].Passage.Heading);

    [Theory]
    [InlineData("ikut tahun berapa?")]
    public void A_one_word_question_is_not_pulled_to_the_eligibility_section_by_its_phrasings(string question) =>
        // kriteria.md lists "… supaya daerah bisa ikut?" among its phrasings; "ikut" alone is every participation section's word.
        Assert.DoesNotContain("bisa ikut", Index.Value.Search(question)[0].Passage.Heading);
}
