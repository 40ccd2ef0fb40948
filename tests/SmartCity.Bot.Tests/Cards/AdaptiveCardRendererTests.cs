using System.Text.Json;
using SmartCity.Bot.Cards;
using SmartCity.Bot.Protocol;

namespace SmartCity.Bot.Tests.Cards;

public sealed class AdaptiveCardRendererTests
{
    private readonly AdaptiveCardRenderer _renderer = new();

    private static readonly AnswerCard Answer = new(
        "Gerakan Menuju Smart City", "Program nasional untuk membantu kabupaten/kota menyusun masterplan smart city.",
        ["Diluncurkan 2017", "Enam pilar"], "program.md", ["Apa saja enam pilar smart city?", "Apa syarat untuk ikut?"], "program.md");

    private static JsonElement Card(Activity activity)
    {
        var attachment = Assert.Single(activity.Attachments!);
        Assert.Equal(CardContentTypes.Adaptive, attachment.ContentType);
        return ProtocolJson.AsElement(attachment.Content)!.Value;
    }

    private static IEnumerable<JsonElement> Actions(JsonElement card) =>
        card.TryGetProperty("actions", out var a) ? a.EnumerateArray() : [];

    [Fact]
    public void Answer_card_is_version_1_5_with_body_source_and_feedback_submits()
    {
        var activity = _renderer.Render(Answer, "directline");
        var card = Card(activity);
        Assert.Equal("1.5", card.GetProperty("version").GetString());
        var json = card.GetRawText();
        Assert.Contains("masterplan smart city", json);
        Assert.Contains("Sumber: program.md", json);
        var actions = Actions(card).ToList();
        Assert.All(actions, a => Assert.Equal("Action.Submit", a.GetProperty("type").GetString()));
        Assert.Equal([TextCardRenderer.Helpful, TextCardRenderer.NotHelpful], actions.Select(a => a.GetProperty("data").GetProperty("text").GetString()));
    }

    [Fact]
    public void Text_and_summary_carry_the_full_answer_and_suggestions_stay()
    {
        var activity = _renderer.Render(Answer, "emulator");
        Assert.Equal(TextCardRenderer.AnswerText(Answer), activity.Text);
        Assert.Equal(activity.Text, activity.Summary);
        Assert.Contains("_Sumber: program.md_", activity.Text);
        Assert.Contains("- Diluncurkan 2017", activity.Text);
        Assert.Equal(Answer.FollowUps, activity.SuggestedActions!.Actions!.Select(a => a.Title).Take(2));
    }

    [Fact]
    public void In_Teams_follow_ups_also_ride_on_the_card_because_Teams_drops_suggested_actions_with_attachments()
    {
        var titles = Actions(Card(_renderer.Render(Answer, "msteams"))).Select(a => a.GetProperty("title").GetString()).ToList();
        Assert.Contains("Apa syarat untuk ikut?", titles);
        Assert.Contains(TextCardRenderer.Helpful, titles);
        Assert.DoesNotContain("Apa syarat untuk ikut?", Actions(Card(_renderer.Render(Answer, "directline"))).Select(a => a.GetProperty("title").GetString()));
    }

    [Fact]
    public void In_Teams_a_button_that_is_a_message_is_an_imBack_and_feedback_stays_a_submit_with_its_key()
    {
        var actions = Actions(Card(_renderer.Render(Answer, "msteams"))).ToList();
        var followUp = actions.Single(a => a.GetProperty("title").GetString() == "Apa syarat untuk ikut?").GetProperty("data");
        Assert.Equal("imBack", followUp.GetProperty("msteams").GetProperty("type").GetString());
        Assert.Equal("Apa syarat untuk ikut?", followUp.GetProperty("msteams").GetProperty("value").GetString());
        var feedback = actions.Single(a => a.GetProperty("title").GetString() == TextCardRenderer.NotHelpful).GetProperty("data");
        Assert.False(feedback.TryGetProperty("msteams", out _));
        Assert.Equal("program.md", feedback.GetProperty("feedbackKey").GetString());

        var checklist = Card(_renderer.Render(new ChecklistCard("Cek status", 1, 3, "Sudah ada masterplan?", ["Sudah", "Belum"]), "msteams"));
        Assert.All(Actions(checklist).Concat(checklist.GetProperty("body").EnumerateArray().Where(b => b.GetProperty("type").GetString() == "ActionSet")
                .SelectMany(b => b.GetProperty("actions").EnumerateArray())),
            a => Assert.Equal("imBack", a.GetProperty("data").GetProperty("msteams").GetProperty("type").GetString()));
        // Web Chat posts the data as a hidden postBack: no Teams-only field there.
        Assert.DoesNotContain("msteams", Card(_renderer.Render(new ChecklistCard("Cek status", 1, 3, "Sudah ada masterplan?", ["Sudah", "Belum"]), "directline")).GetRawText());
    }

    [Fact]
    public void Facts_card_uses_a_FactSet_and_keeps_the_text_fallback()
    {
        var facts = new FactsCard("Kota Contoh", "Status keikutsertaan", [("Tahun ikut", "2019"), ("Masterplan", "Selesai")], "Catatan.", "participants.csv", ["Cek status daerah"]);
        var activity = _renderer.Render(facts, "msteams");
        var card = Card(activity);
        var factSet = card.GetProperty("body").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "FactSet");
        Assert.Equal(2, factSet.GetProperty("facts").GetArrayLength());
        // In Teams the card alone is shown (no duplicate text bubble); the fallback lives in summary.
        Assert.Null(activity.Text);
        Assert.Contains("**Tahun ikut:** 2019", activity.Summary);
        Assert.Contains("Sumber: participants.csv", activity.Summary);
        Assert.Contains("Sumber: participants.csv", _renderer.Render(facts, "webchat").Text);
    }

    [Fact]
    public void Checklist_card_shows_progress_question_and_choice_buttons()
    {
        var step = new ChecklistCard("Cek status daerah", 2, 5, "Apakah masterplan sudah disahkan?", ["Sudah", "Belum", "Tidak tahu"], "Jawab sesuai dokumen.");
        var activity = _renderer.Render(step, "directline");
        var json = Card(activity).GetRawText();
        Assert.Contains("Langkah 2 dari 5", json);
        Assert.Contains("Apakah masterplan sudah disahkan?", json);
        Assert.Equal(["Sudah", "Belum", "Tidak tahu"], Actions(Card(activity)).Select(a => a.GetProperty("data").GetProperty("text").GetString()));
        Assert.Equal(["Sudah", "Belum", "Tidak tahu"], activity.SuggestedActions!.Actions!.Select(a => a.Title));
        Assert.Contains("(2/5)", activity.Text);
    }
}
