using Microsoft.Extensions.DependencyInjection;
using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>
/// The installed decision (knowledge/data/confidence.json) measured on the check half of the tuning questions (dev,
/// regression and unseen, participation ones left to their dialog; split with the fixed seed), which no threshold was
/// chosen on: its confident answers must stay as precise as measured when it was installed.
/// </summary>
public sealed class CalibrationTests(ITestOutputHelper output) : BotWithKnowledge
{
    private static IEnumerable<EvalQuestion> TuningQuestions() =>
        new[] { "dev-questions.jsonl", "regression-questions.jsonl", "unseen-questions.jsonl" }
            .SelectMany(f => Judge.Load(Path.Combine(RepoPaths.Root, "tests", "SmartCity.Bot.Tests", "Knowledge", f)));

    [Fact]
    public void Confident_answers_on_the_check_half_stay_precise()
    {
        var answerer = Bot.Services.GetRequiredService<QuestionAnswerer>();
        var rows = Calibration.Rows(answerer, Bot.Services.GetRequiredService<DocumentQuestions>().Read, TuningQuestions());
        var check = Calibration.Measure(rows.Where(r => !r.FitHalf), answerer.Model);
        var fit = Calibration.Measure(rows.Where(r => r.FitHalf), answerer.Model);
        output.WriteLine($"fit: {fit}\ncheck: {check}");
        Assert.True(check.Count >= 190, "tuning questions missing");
        // Measured 95.7 % (157/164) on the check half with the installed model, 16.8 % declined; the goal is 98 %.
        Assert.True(check.Precision >= 0.94, $"confident precision on the check half {check.Precision:P1}");
        Assert.True(check.Declined <= 0.20, $"declined on the check half {check.Declined:P1}");
    }

    [Fact]
    public void The_split_is_fixed_and_halves_the_questions()
    {
        var answerer = Bot.Services.GetRequiredService<QuestionAnswerer>();
        var questions = TuningQuestions().Where(q => q.Category == "out-of-scope").ToList();
        var first = Calibration.Rows(answerer, Bot.Services.GetRequiredService<DocumentQuestions>().Read, questions).Select(r => (r.Question.Id, r.FitHalf)).ToList();
        var again = Calibration.Rows(answerer, Bot.Services.GetRequiredService<DocumentQuestions>().Read, questions).Select(r => (r.Question.Id, r.FitHalf)).ToList();
        Assert.Equal(first, again);
        Assert.InRange(first.Count(r => r.FitHalf), first.Count / 2 - 1, first.Count / 2 + 1);
    }

    [Fact]
    public void A_fitted_model_meets_its_precision_on_the_half_it_was_fitted_on()
    {
        var answerer = Bot.Services.GetRequiredService<QuestionAnswerer>();
        var rows = Calibration.Rows(answerer, Bot.Services.GetRequiredService<DocumentQuestions>().Read, TuningQuestions());
        var strict = Calibration.Fit(rows, 0.98);
        var fit = Calibration.Measure(rows.Where(r => r.FitHalf), strict);
        output.WriteLine($"strict model on fit half: {fit}; answer ≥ {strict.AnswerAt:0.000}");
        Assert.True(fit.Precision >= 0.98);
    }
}
