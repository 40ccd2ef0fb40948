using SmartCity.Bot.Regions;
using SmartCity.Bot.Storage;
using SmartCity.Bot.Tests.Infrastructure;
using SmartCity.Bot.Timeline;

namespace SmartCity.Bot.Tests.Dialogs;

/// <summary>
/// The status check carrying on where it stands ("lanjut" mid-checklist), never storing a blank answer, and asking
/// which region with the one just spoken of offered — through the real /api/messages with the test calendar.
/// </summary>
public sealed class StatusCheckResumeTests : StatusCheckBot
{
    [Theory]
    [InlineData("lanjut")]
    [InlineData("ayo lanjut isi checklistnya")]
    [InlineData("teruskan checklistnya ya")]
    public async Task Carrying_on_mid_checklist_asks_the_pending_question_not_the_first(string carryOn)
    {
        var c = "carry-" + carryOn.Length;
        Assert.Contains("(1/3)", await Say("cek status kota bogor", c));
        Assert.Contains("(2/3)", await Say("sudah", c));

        var resumed = await Say(carryOn, c);
        Assert.Contains("(2/3)", resumed);
        Assert.Contains("Apakah quick win sudah berjalan?", resumed);
        Assert.DoesNotContain("(1/3)", resumed);

        // The next answer is the pending question's, and the first answer stays as given.
        Assert.Contains("(3/3)", await Say("belum", c));
        var status = await StatusOf("32.71");
        Assert.Equal("sudah", status.Answers["masterplan-disahkan"].Value);
        Assert.Equal("belum", status.Answers["quick-win-berjalan"].Value);
    }

    [Theory]
    [InlineData("kembali ke checklist")]
    [InlineData("oke balik ke pertanyaannya ya")]
    public async Task Going_back_to_the_checklist_after_a_question_in_between_asks_the_pending_question(string goBack)
    {
        var c = "back-" + goBack.Length;
        Assert.Contains("(1/3)", await Say("cek status kota bogor", c));
        Assert.Contains("(2/3)", await Say("sudah", c));
        Assert.Contains("Kembali ke checklist", await Say("apa itu masterplan smart city?", c));

        // Read as restarting, but nothing asks for the start: the question that waits, not the first one again.
        var resumed = await Say(goBack, c);
        Assert.Contains("(2/3)", resumed);
        Assert.DoesNotContain("(1/3)", resumed);
        Assert.Contains("(3/3)", await Say("belum", c));
    }

    [Fact]
    public async Task A_start_over_word_mid_checklist_still_starts_from_the_first_question()
    {
        const string c = "start-over";
        Assert.Contains("(1/3)", await Say("cek status kota bogor", c));
        Assert.Contains("(2/3)", await Say("sudah", c));
        Assert.Contains("(1/3)", await Say("ulang dari awal", c));
    }

    [Fact]
    public async Task Several_questions_in_between_re_ask_the_pending_question_once_then_only_remind_of_it()
    {
        const string c = "several-between";
        Assert.Contains("(1/3)", await Say("cek status kota bogor", c));
        // The first question in between: its answer, then the pending question shown again in full.
        var first = await Say("apa itu masterplan smart city?", c);
        Assert.Contains("Kembali ke checklist", first);
        Assert.Contains("(1/3)", first);
        // The next ones: their answers and a one-line reminder, not the checklist card after every answer.
        foreach (var between in new[] { "quick win itu apa sih?", "pilar smart city ada apa aja?" })
        {
            var reply = await Say(between, c);
            Assert.DoesNotContain("Kembali ke checklist", reply);
            Assert.Contains("Checklist masih menunggu jawaban butir 1 dari 3", reply);
        }
        // The answer still goes to the pending question, and the next question is asked in full.
        var answered = await Say("sudah", c);
        Assert.Contains("— **sudah**", answered);
        Assert.Contains("(2/3)", answered);
        Assert.Equal("sudah", (await StatusOf("32.71")).Answers["masterplan-disahkan"].Value);
        // A new pending question is re-asked in full once again after a question in between.
        var again = await Say("apa itu quick win?", c);
        Assert.Contains("Kembali ke checklist", again);
        Assert.Contains("(2/3)", again);
    }

    [Fact]
    public async Task Naming_another_region_mid_checklist_still_starts_its_status_check()
    {
        Assert.Contains("(1/3)", await Say("cek status kota bogor", "other"));
        Assert.Contains("(2/3)", await Say("sudah", "other"));
        var other = await Say("cek status kabupaten garut", "other");
        Assert.Contains("Status Kabupaten Garut", other);
        Assert.Contains("(1/3)", other);
    }

    [Fact]
    public async Task A_sudah_after_a_question_in_between_is_recorded_as_sudah_and_a_blank_answer_is_never_stored()
    {
        const string c = "between";
        Assert.Contains("(1/3)", await Say("cek status kota bogor", c));
        Assert.Contains("— **sudah**", await Say("sudah", c));
        Assert.Contains("(2/3)", await Say("apa itu masterplan smart city?", c));
        Assert.Contains("— **sudah**", await Say("sudah", c));
        var status = await StatusOf("32.71");
        Assert.All(status.Answers.Values, a => Assert.Equal("sudah", a.Value));

        // The store refuses a blank answer outright: nothing is written.
        var service = Bot.Services.GetRequiredService<RegionStatusService>();
        var region = Bot.Services.GetRequiredService<RegionRegistry>().ByCode["32.05"];
        var item = Bot.Services.GetRequiredService<ProgrammeCalendar>().Stages[0].Checklist[0];
        foreach (var blank in new[] { "", " ", "\t" })
            await Assert.ThrowsAnyAsync<ArgumentException>(() => service.RecordAsync(region, RegionStatus.Empty(region.Code), null, item, blank, "staf", "emulator", default));
        Assert.Null(await Bot.Services.GetRequiredService<IBotStore>().GetAsync<RegionStatus>(RegionStatusService.Kind, "32.05"));
    }

    [Theory]
    [InlineData("pemkab garut ikut smart city gak?", "ok cek status daerah kami", "Kabupaten Garut")]
    [InlineData("Pemkot Bogor sudah ikut program ini belum?", "cek status wilayah kami dong", "Kota Bogor")]
    [InlineData("pemkab ciamis peserta angkatan berapa?", "mau cek status daerah kami", "Kabupaten Ciamis")]
    public async Task Own_region_never_said_is_asked_for_with_the_region_just_asked_about_offered(string asked, string check, string offered)
    {
        var c = "offered-" + offered.Length + asked.Length;
        var user = "staf-" + c;
        await Say(asked, c, user);
        var reply = await Bot.AskAsync(check, c, user);
        Assert.Contains("kabupaten/kota mana", Activities.Read(reply));
        Assert.DoesNotContain("(1/3)", Activities.Read(reply));
        Assert.Contains(offered, reply.Last().SuggestedActions!.Actions!.Select(a => a.Title));
        var picked = await Say(offered, c, user);
        Assert.Contains($"Status {offered}", picked);
        Assert.Contains("(1/3)", picked);
    }

    [Fact]
    public async Task An_office_that_introduces_itself_is_still_the_users_own_region_and_asking_status_keeps_the_pending_question()
    {
        Assert.Contains("Kota Bogor", await Say("Sore pak, saya dari Pemkot Bogor", "intro", "staf-intro"));
        var own = await Say("cek status daerah kami", "intro", "staf-intro");
        Assert.Contains("Status Kota Bogor", own);
        Assert.Contains("(1/3)", own);
        Assert.Contains("(2/3)", await Say("sudah", "intro", "staf-intro"));
        // Asking for the status mid-checklist shows it, then the question that waits.
        var again = await Say("status kami gimana?", "intro", "staf-intro");
        Assert.Contains("Status Kota Bogor", again);
        Assert.Contains("(2/3)", again);
        Assert.DoesNotContain("(1/3)", again);
    }

    [Theory]
    [InlineData("Pemkab Ciamis. Quick win wajib gak sih buat peserta?", "Kabupaten Ciamis")]
    [InlineData("halo, kami pemkot bogor. peserta dari jabar siapa aja", "Kota Bogor")]
    public async Task An_office_before_a_sentence_break_or_after_kami_introduces_the_user(string opening, string own)
    {
        var c = "office-" + opening.Length;
        await Say(opening, c, "staf-" + c);
        var status = await Say("cek status daerah kami", c, "staf-" + c);
        Assert.Contains($"Status {own}", status);
        Assert.DoesNotContain("kabupaten/kota mana", status);
    }
}
