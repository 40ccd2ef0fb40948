using SmartCity.Bot.Knowledge;
using static SmartCity.Bot.Tests.Knowledge.MadeUpPassages;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// A statement asked to be confirmed is not confirmed by an answer lacking a name it states (<see cref="Premise"/>);
/// "berapa orang" is not answered by a count of something else (<see cref="AskedDetail"/>, kind jumlah-orang); a name
/// asked for an office asks for its holder (<see cref="AnswerTypes.AsksOfficeHolder"/>).
/// </summary>
public sealed class ConfirmedPremiseTests
{
    private static readonly Passage[] Festival =
    [
        Passage(0, "Peluncuran festival kanal aduan 2019", "Festival kanal aduan diluncurkan di Kota Lumajang pada 12 Juli 2019 bersama 40 kepala desa. Acara dibuka oleh Menteri Desa Hartono Wirasena."),
        Passage(1, "Penghargaan festival kanal aduan 2021", "Pada festival 2021, Menteri Desa Sulastri Kadarwati menyerahkan penghargaan kepada 30 kelurahan."),
    ];

    private static readonly ConfidenceModel Model = ConfidenceModel.Default with { PremiseNameSections = 8, UnstatedAnyCoverage = ["jumlah-orang"] };

    [Theory]
    [InlineData("festival itu dibuka menteri hartono kan", true)]
    [InlineData("festival itu dibuka menteri hartono ya", true)] // "ya" is a filler the normalizing empties
    [InlineData("apakah festival itu digelar di lumajang", true)]
    [InlineData("kapan festival itu digelar ya", false)] // a date asked, not a statement to confirm
    [InlineData("siapa menteri yang membuka festival itu", false)]
    public void A_confirmation_is_told_by_its_tag_or_opening(string question, bool confirms) =>
        Assert.Equal(confirms, Premise.Confirms(InformalIndonesian.Normalize(question), question));

    [Fact]
    public void A_name_the_answer_lacks_is_not_confirmed()
    {
        using var index = BuildWithFillers(Festival);
        var answerer = new QuestionAnswerer(index, model: Model);
        Assert.Equal(AnswerKind.Answered, answerer.Answer("peluncuran festival kanal aduan 2019 dibuka menteri desa hartono kan").Kind);
        Assert.NotEqual(AnswerKind.Answered, answerer.Answer("peluncuran festival kanal aduan 2019 dibuka menteri desa sulastri kan").Kind);
    }

    [Fact]
    public void People_are_counted_by_orang_or_by_the_noun_asked()
    {
        using var index = BuildWithFillers(Festival);
        var answerer = new QuestionAnswerer(index, model: Model);
        Assert.Equal(AnswerKind.Answered, answerer.Answer("berapa orang kepala desa ikut peluncuran festival kanal aduan 2019").Kind);
        // The launch counts village heads; how many people attended is not said.
        Assert.NotEqual(AnswerKind.Answered, answerer.Answer("peluncuran festival kanal aduan 2019 di lumajang dihadiri berapa orang").Kind);
    }

    [Fact]
    public void A_count_of_people_in_the_thousands_is_read_whole()
    {
        using var index = BuildWithFillers([Passage(0, "Gelar karya kanal aduan Kota Lumajang",
            "Gelar karya kanal aduan berlangsung dua hari di alun-alun Kota Lumajang. Selama gelar karya, anjungan kanal aduan didatangi 2.750 orang warga.")]);
        var answerer = new QuestionAnswerer(index, model: Model);
        // "2.750" groups its thousands with a dot; read as "2" and "750" it would count nobody.
        Assert.Equal(AnswerKind.Answered, answerer.Answer("anjungan kanal aduan di gelar karya lumajang didatangi brp orang").Kind);
    }

    [Theory]
    [InlineData("petugas kanal aduan di kelurahan sukodono ada brp orang")]
    [InlineData("berapa orang petugas yang menjaga kanal aduan sukodono")]
    public void A_count_of_people_spelled_out_in_words_states_it(string question)
    {
        using var index = BuildWithFillers([Passage(0, "Kanal aduan Kelurahan Sukodono",
            "Kanal aduan Kelurahan Sukodono dijaga tiga petugas yang bergantian setiap hari kerja.")]);
        // Reports write small counts in words ("tiga petugas"): that counts the people asked as "3 petugas" would.
        Assert.Equal(AnswerKind.Answered, new QuestionAnswerer(index, model: Model).Answer(question).Kind);
    }

    [Fact]
    public void A_spelled_count_of_something_else_does_not_count_people()
    {
        using var index = BuildWithFillers([Passage(0, "Pelatihan petugas kanal aduan",
            "Pelatihan petugas kanal aduan diadakan empat kali pelatihan selama dua bulan di aula kelurahan.")]);
        // "empat kali pelatihan" counts sessions, not the people trained.
        Assert.NotEqual(AnswerKind.Answered, new QuestionAnswerer(index, model: Model).Answer("pelatihan petugas kanal aduan diikuti berapa orang").Kind);
    }

    [Theory]
    [InlineData("nama bupati lumajang yang membuka festival", true)]
    [InlineData("siapa bupati lumajang", true)]
    [InlineData("apa nama aplikasi kanal aduan", false)]
    // An office after the decree it issues names the issuer: who drafts the decree is asked, not who holds the office.
    [InlineData("siapa yang mengonsep peraturan bupati tentang kanal aduan", false)]
    [InlineData("sk wali kota soal dewan smart city disusun siapa", false)]
    public void A_name_asked_for_an_office_asks_for_its_holder(string question, bool asks) =>
        Assert.Equal(asks, AnswerTypes.AsksOfficeHolder(InformalIndonesian.Normalize(question)));
}
