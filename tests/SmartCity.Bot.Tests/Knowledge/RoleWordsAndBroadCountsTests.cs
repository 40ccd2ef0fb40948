using SmartCity.Bot.Knowledge;
using static SmartCity.Bot.Tests.Knowledge.MadeUpPassages;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// Role words asked in their generic form (scope-probe-29): "menteri" is held by the title the documents write for a
/// narrower office ("Menkominfo …", <see cref="AnswerTypes.NamesHolder"/>) unless the question narrows it itself; a count
/// of people named by their role ("penilai … jumlahnya berapa") asks a head count (<see cref="AskedDetail"/>,
/// "jumlah-orang"); a count asked in broad words only is answered by the one line counting what they name.
/// </summary>
public sealed class RoleWordsAndBroadCountsTests
{
    [Theory]
    [InlineData("siapa menteri yang hadir waktu mou", "Menkominfo Rudi Hartanto hadir pada penandatanganan itu.", true)]
    [InlineData("menteri yang membuka acara siapa", "Acara dibuka Mendagri Tirta Kusuma.", true)]
    [InlineData("siapa menteri yang hadir waktu mou", "Penandatanganan dihadiri 50 wali kota.", false)]
    [InlineData("siapa menteri pupr yang hadir waktu mou", "Menkominfo Rudi Hartanto hadir pada penandatanganan itu.", false)] // narrowed to another ministry
    public void A_generic_office_is_held_by_the_title_of_a_narrower_one(string question, string text, bool held) =>
        Assert.Equal(held, AnswerTypes.NamesHolder(InformalIndonesian.Normalize(question), text));

    private static readonly Passage[] Fair =
    [
        Passage(0, "Penilaian lomba kanal aduan 2019", "Pada penilaian lomba kanal aduan 2019, sebanyak 107 kabupaten/kota diundang untuk dinilai."),
        Passage(1, "Juri lomba kanal aduan 2018", "Lomba kanal aduan 2018 dinilai oleh 20 asesor dari kalangan akademisi."),
    ];

    [Theory]
    [InlineData("penilai lomba kanal aduan 2019 jumlahnya berapa", true)]
    [InlineData("berapa pendamping lomba kanal aduan", true)]
    [InlineData("berapa daerah yang dinilai penilai lomba kanal aduan", false)] // regions are counted
    [InlineData("honor penilai lomba kanal aduan berapa", false)] // a sum of money is asked
    public void A_count_of_people_in_a_role_asks_a_head_count(string question, bool asked)
    {
        using var index = BuildWithFillers(Fair);
        Assert.Equal(asked, AskedDetail.Of(index.Analyze(question)).Any(d => d.Name == "jumlah-orang"));
    }

    [Theory]
    [InlineData("Lomba kanal aduan 2018 dinilai oleh 20 asesor dari kalangan akademisi.", true)]
    [InlineData("Sebanyak 107 kabupaten/kota diundang untuk dinilai.", false)] // the regions assessed are not the assessors
    public void A_head_count_of_a_role_is_stated_by_people_counted(string line, bool stated)
    {
        using var index = BuildWithFillers(Fair);
        var heads = AskedDetail.Of(index.Analyze("penilai lomba kanal aduan 2019 jumlahnya berapa")).Single(d => d.Name == "jumlah-orang");
        Assert.Equal(stated, heads.StatedIn(line));
    }

    private static readonly Passage[] Tally =
    [
        Passage(0, "Ringkasan peserta lomba kanal aduan", "Sampai akhir 2021 ada 141 kabupaten/kota berbeda yang ikut lomba kanal aduan. Indonesia memiliki 514 kabupaten/kota."),
        Passage(1, "Peserta lomba kanal aduan 2022", "Lomba kanal aduan 2022 diikuti 50 kabupaten/kota."),
    ];

    [Fact]
    public void A_count_in_broad_words_is_answered_by_the_line_counting_what_they_name()
    {
        using var index = BuildWithFillers(Tally);
        var answerer = new QuestionAnswerer(index);
        var whole = answerer.Answer("indonesia tuh punya berapa kabupaten kota");
        Assert.Equal(AnswerKind.Answered, whole.Kind);
        Assert.Contains("514", whole.Answer!.Body);
        // Region-count words alone name nothing: any section counting regions would do.
        Assert.NotEqual(AnswerKind.Answered, answerer.Answer("berapa kabupaten kota").Kind);
    }
}
