using SmartCity.Bot.Knowledge;
using static SmartCity.Bot.Tests.Knowledge.MadeUpPassages;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// A question that meets the documents only in a town's name ("lowongan kerja di Kota Lumajang" beside the section on
/// a festival in Lumajang) is about something else there: declined as outside the programme, neither answered nor
/// asked back (<see cref="ScopeGuard.SharesOnlyPlace"/>, confidence.json place_only_below).
/// </summary>
public sealed class SharedPlaceScopeTests
{
    /// <summary>Places by name, as the recognizer would find them in these made-up passages.</summary>
    private sealed class NamedPlaces(params string[] names) : IPlaceFinder
    {
        public IReadOnlyList<IReadOnlyList<string>> Places(string text) =>
            names.Where(n => text.Contains(n, StringComparison.OrdinalIgnoreCase)).Select(n => (IReadOnlyList<string>)[n]).ToList();
    }

    private static readonly Passage[] Fair =
    [
        Passage(0, "Festival kanal aduan 2019 di Kota Lumajang", "Festival kanal aduan digelar pada 12 Juli 2019 di Kota Lumajang dan dibuka oleh panitia daerah. Pesertanya 40 kelurahan."),
        Passage(1, "Pelatihan operator kanal aduan", "Operator kanal aduan dari setiap kelurahan dilatih selama tiga bulan."),
    ];

    private static readonly ConfidenceModel Model = ConfidenceModel.Default with { PlaceOnlyBelow = 1.01 };

    [Theory]
    [InlineData("lowongan kerja di kota lumajang")]
    [InlineData("resep kuliner khas lumajang apa aja")]
    public void Only_the_town_in_common_is_outside_the_programme(string question)
    {
        using var index = BuildWithFillers(Fair);
        Assert.Equal(AnswerKind.OutOfScope, new QuestionAnswerer(index, model: Model, places: new NamedPlaces("Lumajang")).Answer(question).Kind);
        // Without the cut the town's festival is offered ("maksud Anda …?") or given.
        Assert.NotEqual(AnswerKind.OutOfScope, new QuestionAnswerer(index, model: Model with { PlaceOnlyBelow = 0 }, places: new NamedPlaces("Lumajang")).Answer(question).Kind);
    }

    [Theory]
    [InlineData("kapan festival kanal aduan di kota lumajang")]
    [InlineData("festifal di lumajang tgl brp")] // the subject word mistyped is still the festival's
    public void A_subject_word_the_passage_holds_keeps_it_in_the_programme(string question)
    {
        using var index = BuildWithFillers(Fair);
        Assert.NotEqual(AnswerKind.OutOfScope, new QuestionAnswerer(index, model: Model, places: new NamedPlaces("Lumajang")).Answer(question).Kind);
    }
}
