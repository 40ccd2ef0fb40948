namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// Through the real /api/messages: after an answer about a stage, "selanjutnya?" is the stage that follows it in the
/// documents' numbered order, also for an officer whose region the conversation knows (the region's own sections do
/// not take the question over).
/// </summary>
public sealed class StepOrderThreadTests : ConversationThroughTheBot
{
    [Fact]
    public async Task The_step_after_a_named_one_then_bare_next_steps_follow_the_numbered_order()
    {
        const string c = "step-order";
        var first = await Say("setelah MoU ditandatangani, tahap berikutnya apa?", c, "u-so");
        Assert.Contains("Training of Trainers", first);
        var next = await Say("lalu setelah itu?", c, "u-so");
        Assert.Contains("tahap 5", next);
        Assert.DoesNotContain("Training of Trainers (ToT) untuk pendamping**", next);
        Assert.Contains("tahap 6", await Say("selanjutnya?", c, "u-so"));
    }

    [Fact]
    public async Task An_officers_known_region_does_not_take_over_a_bare_next()
    {
        const string c = "step-order-officer";
        await Say("saya dari diskominfo kota batu", c, "u-soo");
        await Say("sebelum bimtek tahapnya apa?", c, "u-soo");
        var reply = await Say("terus sesudah itu?", c, "u-soo");
        Assert.Contains("tahap 5", reply);
        Assert.DoesNotContain("Perwali", reply);
    }

    [Fact]
    public async Task A_bare_next_after_a_step_or_a_cohorts_event_of_it_is_the_order_not_the_officers_deadlines()
    {
        const string c = "step-order-over-deadlines";
        // Asked with a question (an opening with no question starts the status checklist, which waits for its answers).
        await Say("selamat siang, saya operator diskominfo kota parepare, kota kami angkatan berapa ya?", c, "u-sod");
        await Say("surat undangan MoU angkatan 2024 tanggal brp?", c, "u-sod");
        var after = await Say("abis itu?", c, "u-sod");
        Assert.Contains("tahap 3", after);
        Assert.DoesNotContain("Tenggat", after);
        var next = await Say("terus tahap berikutnya", c, "u-sod");
        Assert.Contains("tahap 4", next);
        Assert.DoesNotContain("Langkah berikutnya untuk", next);
    }

    [Fact]
    public async Task The_pillar_an_answer_names_is_the_one_that_pillar_points_at()
    {
        const string c = "answered-pillar-reference";
        await Say("saya staf diskominfo kabupaten demak", c, "u-apr");
        await Say("quick win kami pernah menang penghargaan ya?", c, "u-apr");
        var got = await Say("pilar itu isinya apa aja?", c, "u-apr");
        Assert.Contains("kesehatan", got);
    }
}
