using SmartCity.Bot.Knowledge;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Knowledge;

/// <summary>`report` refuses a file that is not a question set with a clear line, instead of failing half way.</summary>
public sealed class JudgeTests
{
    private static readonly string Folder = Path.Combine(RepoPaths.Root, "tests", "SmartCity.Bot.Tests", "Knowledge");

    [Fact]
    public void A_question_set_has_no_problem() =>
        Assert.Null(Judge.Problem(Path.Combine(Folder, "dev-questions.jsonl")));

    [Fact]
    public void A_conversation_set_or_a_broken_line_is_named_with_its_line()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(file, ["{\"id\":\"a\",\"question\":\"apa itu quick win\"}", "{\"id\":\"c\",\"turns\":[]}"]);
            Assert.Contains("baris 2", Judge.Problem(file));
            File.WriteAllLines(file, ["{\"id\":\"a\",\"question\":\"apa itu quick win\"", ""]);
            Assert.Contains("bukan JSON", Judge.Problem(file));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
