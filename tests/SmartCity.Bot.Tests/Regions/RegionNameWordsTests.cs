using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Regions;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Regions;

/// <summary>
/// The resolver's type words, landmarks and other names come from data staff edit (knowledge/understanding): a name added
/// there is understood with no code change, and a malformed line is reported by file and line.
/// </summary>
public sealed class RegionNameWordsTests : IDisposable
{
    private readonly string _knowledge = Directory.CreateTempSubdirectory("smartcity-names-").FullName;

    public RegionNameWordsTests()
    {
        var understanding = Directory.CreateDirectory(Path.Combine(_knowledge, "understanding")).FullName;
        foreach (var file in new[] { RegionNameWords.MarkersFile, RegionNameWords.AliasesFile, RegionNameWords.ProvinceAliasesFile, "not-regions.txt", "region-cues.txt" })
            File.Copy(Path.Combine(RepoPaths.Knowledge, "understanding", file), Path.Combine(understanding, file));
    }

    public void Dispose() => Directory.Delete(_knowledge, recursive: true);

    private string Understanding(string file) => Path.Combine(_knowledge, "understanding", file);

    private RegionResolver Resolver() => new(RegionData.Registry, RegionWords.Load(_knowledge));

    [Fact]
    public void The_shipped_lists_name_types_aliases_and_provinces()
    {
        var names = RegionData.Words.Names;
        Assert.Equal(RegionType.Kabupaten, names.TypeNamedBy("pemkab"));
        Assert.Equal(RegionType.Kota, names.TypeNamedBy("kotamadya"));
        Assert.Null(names.TypeNamedBy("provinsi"));
        Assert.Equal("surakarta", names.Aliases["solo"]);
        Assert.Equal("jawa timur", names.ProvinceAliases["east java"]);
    }

    [Fact]
    public void A_lower_case_word_of_a_document_staff_add_in_any_format_is_no_misspelt_region()
    {
        const string question = "jadwal kunjungan tim penilai kapan";
        Assert.Contains("Kabupaten Kuningan", Resolver().Resolve(question).Mentions.SelectMany(m => m.Candidates).Select(r => r.Name)); // no document writes it yet
        File.WriteAllText(Path.Combine(_knowledge, "nota-dinas.txt"), "NOTA DINAS\n\nKunjungan lapangan tim penilai dijadwalkan pekan depan; hasil kunjungan dilaporkan.\n");
        Assert.Empty(Resolver().Resolve(question).Mentions);
        Assert.Contains("Kabupaten Kuningan", Resolver().Resolve("kami dari Kuningan").Mentions.SelectMany(m => m.Candidates).Select(r => r.Name));
    }

    // The knowledge base hands over the documents it read for its index: their text is what counts, not a second read.
    [Fact]
    public void The_documents_the_knowledge_base_read_are_taken_as_read()
    {
        const string question = "jadwal kunjungan tim penilai kapan";
        File.WriteAllText(Path.Combine(_knowledge, "nota-dinas.txt"), "NOTA DINAS\n\nRapat koordinasi tim penilai pekan depan.\n");
        var read = DocumentLoader.LoadFolder(_knowledge)
            .Select(d => d with { Passages = [.. d.Passages.Select(p => p with { Body = p.Body + " Hasil kunjungan dilaporkan." })] }).ToList();
        Assert.NotEmpty(Resolver().Resolve(question).Mentions);
        Assert.Empty(new RegionResolver(RegionData.Registry, RegionWords.Load(_knowledge, read)).Resolve(question).Mentions);
    }

    [Fact]
    public void An_alias_staff_add_names_its_region()
    {
        Assert.DoesNotContain("Kabupaten Ponorogo", Resolver().Resolve("Bumireog ikut tahun berapa?").Mentions.SelectMany(m => m.Candidates).Select(r => r.Name));
        File.AppendAllText(Understanding(RegionNameWords.AliasesFile), "\nbumireog => ponorogo\n");
        var query = Resolver().Resolve("Bumireog ikut tahun berapa?");
        Assert.Equal(["Kabupaten Ponorogo"], query.Mentions.SelectMany(m => m.Candidates).Select(r => r.Name));
    }

    [Fact]
    public void An_alias_of_several_words_names_its_region_wherever_it_stands()
    {
        Assert.Equal(["Kota Makassar"], Resolver().Resolve("ujung pandang ikut smart city thn brp").Mentions.SelectMany(m => m.Candidates).Select(r => r.Name));
        File.AppendAllText(Understanding(RegionNameWords.AliasesFile), "\nbumi reog => ponorogo\n");
        Assert.Equal(["Kabupaten Ponorogo"], Resolver().Resolve("warga bumi reog mau tanya, ikut tahun berapa?").Mentions.SelectMany(m => m.Candidates).Select(r => r.Name));
    }

    [Fact]
    public void A_nickname_that_starts_with_kota_names_its_region_not_a_kota_of_that_name()
    {
        Assert.Equal(["Kota Surabaya"], Resolver().Resolve("kota pahlawan ikut smart city thn brp").Mentions.SelectMany(m => m.Candidates).Select(r => r.Name));
        Assert.Equal(["Kabupaten Kudus"], Resolver().Resolve("kota kretek ikut gmsc gak ya").Mentions.SelectMany(m => m.Candidates).Select(r => r.Name));
    }

    [Fact]
    public void A_one_word_alias_that_names_the_type_picks_that_type()
    {
        File.AppendAllText(Understanding(RegionNameWords.AliasesFile), "\nkotabogorlama => kota bogor\n");
        Assert.Equal(["Kota Bogor"], Resolver().Resolve("kotabogorlama ikut tahun berapa?").Mentions.SelectMany(m => m.Candidates).Select(r => r.Name));
    }

    [Fact]
    public void A_province_alias_staff_add_names_its_province()
    {
        File.AppendAllText(Understanding(RegionNameWords.ProvinceAliasesFile), "\nbumi cendrawasih => papua\n");
        Assert.Equal("Papua", Resolver().Resolve("daerah dari bumi cendrawasih yang ikut?").Province);
    }

    [Theory]
    [InlineData(RegionNameWords.AliasesFile, "solo surakarta")]
    [InlineData(RegionNameWords.ProvinceAliasesFile, "jabar =>")]
    [InlineData(RegionNameWords.MarkersFile, "kotta: kota")]
    public void A_malformed_line_is_reported_with_its_file_and_line(string file, string line)
    {
        var count = File.ReadAllLines(Understanding(file)).Length;
        File.AppendAllText(Understanding(file), line + "\n");
        var error = Assert.Throws<InvalidDataException>(() => RegionWords.Load(_knowledge));
        Assert.Contains($"{file} line {count + 1}", error.Message);
    }
}
