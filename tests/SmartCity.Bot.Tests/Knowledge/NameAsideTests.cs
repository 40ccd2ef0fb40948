using Microsoft.Extensions.DependencyInjection;
using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// A two-word name the documents mention only in passing ("Smart Province", beside the regencies' assessment) is no
/// subject whose details a section states: a detail asked of it is not answered as sure from the sentences about the
/// section's own subject (AnswerFit.NameAside, the asked-detail kind "sisipan" held at any coverage).
/// </summary>
public sealed class NameAsideTests : BotWithKnowledge
{
    private static readonly string[] AskedOfAName = ["siapa penilai smart province", "smart province dinilai oleh siapa"];

    [Fact]
    public void A_detail_asked_of_a_name_met_only_in_passing_is_not_answered_as_sure()
    {
        var answerer = Bot.Services.GetRequiredService<QuestionAnswerer>();
        var model = ConfidenceModel.For(RepoPaths.Knowledge);
        var withoutCut = answerer.With(model with { UnstatedAnyCoverage = model.UnstatedAnyCoverage.Where(k => k != "sisipan").ToList() });
        foreach (var question in AskedOfAName)
        {
            Assert.NotEqual(AnswerKind.Answered, answerer.Answer(question, null, KnowledgeHints.None).Kind);
            // Without the cut the regencies' assessment section answers it as sure.
            Assert.Equal(AnswerKind.Answered, withoutCut.Answer(question, null, KnowledgeHints.None).Kind);
        }
    }

    [Fact]
    public void A_name_whose_own_line_states_the_detail_asked_is_still_answered()
    {
        // "penasihat teknologi" is named on the very line giving who it was (Indosat Ooredoo Business).
        var answer = Bot.Services.GetRequiredService<QuestionAnswerer>().Answer("penasihat teknologi tahun 2017 siapa", null, KnowledgeHints.None);
        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains("Indosat", $"{answer.Answer?.Body}\n{string.Join("\n", answer.Answer?.Items ?? [])}");
    }

    [Fact]
    public void Two_plain_words_the_documents_write_in_lower_case_are_no_name()
    {
        // "pihak Kominfo" ("on the ministry's side") is written with a lower-case "pihak": no name met in passing, so the
        // section stating who signed answers.
        var answer = Bot.Services.GetRequiredService<QuestionAnswerer>().Answer("siapa yang menandatangani nota kesepakatan 2022 dari pihak kominfo", null, KnowledgeHints.None);
        Assert.Equal(AnswerKind.Answered, answer.Kind);
        Assert.Contains("Johnny G. Plate", $"{answer.Answer?.Body}\n{string.Join("\n", answer.Answer?.Items ?? [])}");
    }
}
