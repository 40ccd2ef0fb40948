using SmartCity.Bot.Tests.Infrastructure;
using Xunit.Abstractions;

namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// The multi-turn conversation sets, each through the real /api/messages (one bot for all); a conversation completes
/// when every turn passes. Floors sit below what was measured: room for a loaded machine and small wording changes
/// elsewhere, not for losing a whole behaviour.
/// </summary>
public sealed class ConversationSetsTests(ITestOutputHelper output, KnowledgeBot knowledge) : IClassFixture<KnowledgeBot>
{
    // One bot for the class: every question and conversation has its own conversation and user.
    private BotServer Bot => knowledge.Bot;

    private async Task<ConversationScore> ScoreAsync(string file, string prefix)
    {
        var score = await EvalConversations.ScoreAsync(Bot, $"tests/SmartCity.Bot.Tests/Conversation/{file}", prefix);
        foreach (var failure in score.Failures) output.WriteLine("FAIL " + failure);
        output.WriteLine(score.ToString());
        return score;
    }

    private static void AssertFloor(ConversationScore score, int conversations, int completed, double turnShare)
    {
        Assert.True(score.Conversations >= conversations, "tuning conversations missing");
        Assert.True(score.Completed >= completed, $"only {score.Completed} of {score.Conversations} conversations completed");
        Assert.True(score.TurnsPassed >= turnShare * score.Turns, $"only {score.TurnsPassed} of {score.Turns} turns passed");
    }

    /// <summary>Officer and citizen conversations written before the recognizer, memory and dialog stack were built, never tuned on.</summary>
    [Fact]
    public async Task Most_first_contact_conversations_complete()
    {
        var score = await ScoreAsync("first-contact-conversations.jsonl", "fc");
        Assert.True(score.Conversations >= 30, "first-contact conversations missing");
        // The floor is below what the tuned bot reaches: these conversations measure, they are not tuned on.
        Assert.True(score.Completed >= score.Conversations / 2, $"only {score.Completed} of {score.Conversations} conversations completed");
    }

    /// <summary>Officers in Teams, citizens, businesses, formal and chatty; written before the negation features, the
    /// subject memory and the place follow-ups were built, then used to find what failed.</summary>
    [Fact]
    public async Task Most_tuning_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations.jsonl", "tc");
        // Measured 38/40 (129/131 turns) when written down (24/40, 112/131 at first contact).
        AssertFloor(score, conversations: 40, completed: 32, turnShare: 0.93);
    }

    /// <summary>Topics mixed within one conversation, references back and corrections; written before the
    /// self-introduction memory, the request-alone reading and the place correction were built.</summary>
    [Fact]
    public async Task Most_mixed_topic_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-2.jsonl", "tk");
        // Measured 21/30 (123/134 turns) when written down (14/30, 114/134 at first contact).
        AssertFloor(score, conversations: 30, completed: 18, turnShare: 0.88);
    }

    /// <summary>Long officer openings (role, unit, province), five turns without the region, corrections, asides in
    /// the checklist, chatty and English-mixed citizens, businesses from showcase to collaboration; written before the
    /// introduction trail, the own-region reading of "kami" and the same-name showcase were built.</summary>
    [Fact]
    public async Task Most_third_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-3.jsonl", "t3");
        // Measured 26/32 (154/164 turns) with eval.mjs when written down (10/32, 127/164 at first contact).
        AssertFloor(score, conversations: 32, completed: 21, turnShare: 0.88);
    }
    /// <summary>Staff one-word checks, citizens comparing regions, officers in the checklist, English openings, references
    /// to the bot's previous answer ("yang kedua", "pilar itu"), greetings mid-conversation; written before the list
    /// memory and the year/province list follow-ups were built.</summary>
    [Fact]
    public async Task Most_fourth_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-4.jsonl", "t4");
        // Measured 14/20 with eval.mjs after the list memory (12/20 on main before it, 13/20 at first contact).
        AssertFloor(score, conversations: 20, completed: 11, turnShare: 0.85);
    }

    /// <summary>Province offices asking about their kab/kota, businesses looking for a partner, "kota saya ikut nggak"
    /// then the name, references to the bot's list by position, a change of year, English throughout, the checklist
    /// paused and interrupted, rude short users; written before the list memory, the list follow-ups and the pillar
    /// suggestions were built.</summary>
    [Fact]
    public async Task Most_fifth_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-5.jsonl", "t5");
        // Measured 15/20 (83/90 turns) with eval.mjs when written down (4/20, 64/90 turns at first contact).
        AssertFloor(score, conversations: 20, completed: 11, turnShare: 0.84);
    }

    /// <summary>A sentence of context before the question, long self-introductions then fragments, two regions in one
    /// message, corrections that first reject the answer, English and mixed users, one-word follow-ups, the checklist
    /// paused and resumed; written before the closing-question reading, the topic fragments and the partner list
    /// without a pillar were built.</summary>
    [Fact]
    public async Task Most_sixth_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-6.jsonl", "t6");
        // Measured 13/16 (68/71 turns) with eval.mjs when written down (6/16, 56/71 turns at first contact).
        AssertFloor(score, conversations: 16, completed: 10, turnShare: 0.88);
    }

    /// <summary>Officers of provinces the earlier sets never used, province short forms ("NTB", "Kaltara") as
    /// follow-ups, "seprovinsi", counts after a list, English year lists, typos, corrections, a checklist interrupted by
    /// a question; written before the same-province reading, the count after a list and the subject's year for
    /// "tahun itu" were built.</summary>
    [Fact]
    public async Task Most_seventh_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-7.jsonl", "t7");
        // Measured 17/20 (89/92 turns) with eval.mjs when written down (11/20, 81/92 turns at first contact).
        AssertFloor(score, conversations: 20, completed: 14, turnShare: 0.92);
    }

    [Fact]
    public async Task Most_thirty_eighth_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-38.jsonl", "t38o");
        // Measured 6/20 (99/122 turns) with evalfull.mjs after the fixes (4/20, 93/122 turns at first contact).
        AssertFloor(score, conversations: 20, completed: 5, turnShare: 0.79);
    }

    /// <summary>Citizens and businesses asking a programme question then two to four elliptic follow-ups about it
    /// (examples, why, who, where, when, more detail, the other pillar or year, back to the first subject), officers'
    /// five turns without repeating region or year, English and typos; written before document answers kept their
    /// topic for follow-ups.</summary>
    [Fact]
    public async Task Most_eighth_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-8.jsonl", "t8");
        // Measured 11/20 (72/85 turns) with eval.mjs when written down (6/20, 62/85 turns at first contact).
        AssertFloor(score, conversations: 20, completed: 9, turnShare: 0.82);
    }

    /// <summary>Officers opening with a greeting or a question about the bot before naming the region, citizens chaining
    /// questions about their own city, a collaboration request with programme questions in between, English turns and
    /// back, short follow-ups and corrections; written before the region's reading of a short question, the form shown
    /// again on "lanjut" and the introduction after a question about the bot were built.</summary>
    [Fact]
    public async Task Most_ninth_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-9.jsonl", "t9");
        // Measured 15/20 (94/100 turns) with eval.mjs after the fixes (7/20, 82/100 turns at first contact).
        AssertFloor(score, conversations: 20, completed: 12, turnShare: 0.90);
    }

    /// <summary>Officers answering the checklist in free words with asides and "how many are left", reminders switched on
    /// and off in chat words (also with none on), province and neighbour comparisons, misspelt and lowercase places, two
    /// requests in one message, the showcase and collaboration entered mid-conversation, cancelled and resumed; written
    /// before the runner-up handoff, the checklist's progress answer and the resumed request were built.</summary>
    [Fact]
    public async Task Most_tenth_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-10.jsonl", "t10");
        // Measured 16/20 (97/102 turns) with evalfull.mjs after the fixes (10/20, 86/102 turns at first contact).
        AssertFloor(score, conversations: 20, completed: 13, turnShare: 0.92);
    }

    /// <summary>Long threads: officers opening with sentences of many shapes, then their cohort, its MoU, their duties,
    /// their province, the year before, a pillar "yang itu" and the status check, without naming the place or year again;
    /// citizens' chatty follow-ups; businesses asking about a region then for a collaboration; written before the relative
    /// year, the cohort's events, the request for the region just spoken of and the pillar follow-up were built.</summary>
    [Fact]
    public async Task Most_eleventh_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-11.jsonl", "t11");
        // Measured 9/20 (103/120 turns) with evalfull.mjs after the fixes (4/20, 90/120 turns at first contact).
        AssertFloor(score, conversations: 20, completed: 8, turnShare: 0.83);
    }

    /// <summary>Citizens asking whether their city took part and leaning on it ("trus hasilnya?", "itu kapan ya", "oh iya,
    /// kalau tetangganya …?"), students and journalists drilling into a pillar or topic, businesses from a showcase to a
    /// collaboration request and its status; written before the showcase's follow-ups and the draft's status were built.</summary>
    [Fact]
    public async Task Most_thirteenth_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-13.jsonl", "t13");
        // Measured 12/20 (106/118 turns) with evalfull.mjs after the fixes (5/20, 91/118 turns at first contact).
        AssertFloor(score, conversations: 20, completed: 11, turnShare: 0.88);
    }

    /// <summary>A journalist checking facts turn by turn, students asking for the source and "jelasin lagi", citizens
    /// comparing two places, businesses from a region's showcase ("dia dapet apa?", "itu tahun berapa ya") to a request
    /// by button or typed and its status, a topic left and taken up again ("balik ke yang tadi"), English turns and small
    /// talk; written before the showcase's pronoun and year follow-ups, names typed into the form and the framing words
    /// were built.</summary>
    [Fact]
    public async Task Most_fifteenth_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-15.jsonl", "t15");
        // Measured 14/20 (116/124 turns) with evalfull.mjs after the fixes (5/20, 99/124 turns at first contact).
        AssertFloor(score, conversations: 20, completed: 12, turnShare: 0.9);
    }

    /// <summary>Citizens, teachers, researchers and businesses: innovations searched by field ("yang bidang kesehatan ada?",
    /// "kalau transportasi?"), "ada contoh dari daerah lain?" after a region, a town that did not take part and "kok gak
    /// ikut?", a lesson being prepared, English with the bot's identity, a collaboration form cancelled and started again,
    /// "daftar" as a list and as registering; written before the search by field and the other regions' card were built.</summary>
    [Fact]
    public async Task Most_seventeenth_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-17.jsonl", "t17");
        // Measured 12/20 (95/114 turns) with evalfull.mjs after the fixes (5/20, 83/114 turns at first contact).
        AssertFloor(score, conversations: 20, completed: 12, turnShare: 0.82);
    }

    /// <summary>Citizens, students, journalists and businesses: two regions in one message then "yang kabupaten?", totals
    /// and comparisons over years, heavy abbreviations, "yang tadi" two turns back, what a region actually did and whether
    /// it runs, reaching a region then a form corrected midway, sources and links to cite, "kok gak ikut?" for a region
    /// never listed; written before the source aside and the form's field correction were built.</summary>
    [Fact]
    public async Task Most_nineteenth_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-19.jsonl", "t19");
        // Measured 9/20 (95/117 turns) with evalfull.mjs after the fixes (1/20, 82/117 turns at first contact).
        AssertFloor(score, conversations: 20, completed: 6, turnShare: 0.76);
    }

    /// <summary>Officers only: long role-and-office openings asking two things, nicknames and old spellings, a kab/kota named
    /// like a province or an island, a colleague's region and back to "kami", what the region won and in which category,
    /// "yang nomor 2", a process question inside the checklist, a corrected year, reminders moved to another day, closings;
    /// written before the own cohort event from the data, the colleague's introduction and the award year were built.</summary>
    [Fact]
    public async Task Most_twentieth_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-20.jsonl", "t20");
        // Measured 12/20 (105/118 turns) with evalfull.mjs after the fixes (8/20, 96/118 turns at first contact).
        AssertFloor(score, conversations: 20, completed: 10, turnShare: 0.86);
    }

    /// <summary>Citizens, students, parents, journalists and businesses: a complaint about the city then "ikut?", follow-ups
    /// changing one thing ("kalau 2021?", "yang pilar lingkungan?"), "jelasin lagi" and "contohnya?" after a list, counts per
    /// island and year then one region, a pillar's regions then a collaboration, definitions then "bedanya", emoji and
    /// stretched words, English mixed in, regions never listed ("kenapa gak ikut", "biar bisa ikut gimana"); written before
    /// the stretched-word reading, the never-listed topic, the two-year comparison and the document's examples were built.</summary>
    [Fact]
    public async Task Most_twenty_first_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-21.jsonl", "t21");
        // Measured 10/20 (99/114 turns) with evalfull.mjs after the fixes (5/20, 89/114 turns at first contact);
        // 11/20 (102/114) once whom to ask and where to give feedback were read as the Contact intent.
        AssertFloor(score, conversations: 20, completed: 11, turnShare: 0.88);
    }

    /// <summary>Officers only: a problem before the region, the region only in the second or third message, five turns of
    /// ellipsis and pronouns, another region's record after a province's list ("mereka angkatan berapa"), whom to ask, deadlines
    /// relative to today, a checklist interrupted twice, reminders set, asked about and cancelled, short bursts, closings;
    /// written before "mereka" after a list, the reminder's questions and "kami Pemkot X" after a greeting were built.</summary>
    [Fact]
    public async Task Most_twenty_second_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-22.jsonl", "t22");
        // Measured 11/20 (115/130 turns) with evalfull.mjs after the fixes (7/20, 111/130 turns at first contact);
        // 13/20 (117/130) once a facet follow-up of a cohort event ("dmn", "virtual ya") asks that event (event16b);
        // 14/20 (119/130) once whom to ask and a contact number were read as the Contact intent (contact16b).
        AssertFloor(score, conversations: 20, completed: 13, turnShare: 0.89);
    }

    /// <summary>Businesses asking which regions work in a field (waste, transport, tourism, health, education) then one of
    /// them and how to work together; citizens comparing two cities ("kalau dibanding …?"); students' definitions, sources
    /// and links; English then Indonesian; "what changed" for a region that took part; "bukan itu maksud saya, …"; "kota
    /// saya" then its name; a chat wandering off topic and back. Written before the field search for any wording, the
    /// correction reading and the compared place were built.</summary>
    [Fact]
    public async Task Most_twenty_third_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-23.jsonl", "t23");
        // Measured 9/20 (103/120 turns) with evalfull.mjs after the fixes (2/20, 91/120 turns at first contact).
        AssertFloor(score, conversations: 20, completed: 8, turnShare: 0.85);
    }

    /// <summary>Officers only, formal and chatty, Teams-style and phone-typed: short follow-ups pointing back into the previous
    /// answer or the remembered region — an ordinal after a list of pillars or stages, a place filter after a cohort's list
    /// ("yang dari provinsi kami", an island group) that keeps the cohort's year, yes/no checks with a wrong guess of the
    /// cohort ("… angkatan 2018 kan?") and confirmations, a rank, the MoU's place and the minister present for the
    /// remembered cohort, a checklist interrupted and resumed, "ganti daerah" and the same questions again. Written before
    /// the stated guess, the own province's list and the cohort-named year beside "kami" were built.</summary>
    [Fact]
    public async Task Most_thirtieth_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-30.jsonl", "t30o");
        // Measured 10/20 (103/124 turns) with evalfull.mjs after the fixes (4/20, 95/124 turns at first contact).
        AssertFloor(score, conversations: 20, completed: 9, turnShare: 0.80);
    }

    /// <summary>Officers only, formal and chatty, Teams-style and phone-typed: follow-ups asking the next step of what was just
    /// answered ("setelah MoU ngapain", "tahap berikutnya berapa lama"), a range's end alone after a count ("kalau sampai
    /// 2022?"), "selain kami" / "dari provinsi kami yang lain" when nobody else took part, two regions' cohorts compared
    /// ("kami sama Kabupaten X seangkatan gak?"), a checklist interrupted and resumed, a kab/kota corrected. Written before
    /// the range's end after a count, the cohort comparison and the plain "no one else" were built.</summary>
    [Fact]
    public async Task Most_thirty_second_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-32.jsonl", "t32o");
        // Measured 10/20 (108/123 turns) with evalfull.mjs after the fixes (7/20, 97/123 turns at first contact).
        AssertFloor(score, conversations: 20, completed: 9, turnShare: 0.85);
    }

    /// <summary>Citizens, students, journalists, businesses, NGOs and village heads: two requests in one message (a question
    /// and a wish, two questions joined by "terus"/"sama"/"dan"), a province or island named alone as the follow-up, a
    /// journalist or business whose own city is not the subject, partnership words (mitra, kemitraan, bermitra, jadi vendor)
    /// and chatty follow-ups on the previous answer's year and list. Written before role introductions, the counted year
    /// carried to a province alone and the two requests answered in turn were built.</summary>
    [Fact]
    public async Task Most_thirty_first_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-31.jsonl", "t31c");
        // Measured 7/20 (84/102 turns) with evalfull.mjs after the fixes (4/20, 74/102 turns at first contact).
        AssertFloor(score, conversations: 20, completed: 6, turnShare: 0.79);
    }

    /// <summary>Citizens, students writing a thesis, journalists, businesses, NGOs, DPRD staff and village heads: a yes/no
    /// check of where the event just told took place, naming a city ("… di X kan?"); partner words in programme questions
    /// against a business's own wish to collaborate; the source or news link of the previous answer; answer kinds (hotel,
    /// hour, a person's name) the documents give or lack; mixed English and Indonesian; a self-correction mid-thread.
    /// Written before the event-place check, the introduced place that is no partner and the cited outlet were built.</summary>
    [Fact]
    public async Task Most_thirty_third_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-33.jsonl", "t33c");
        // Measured 7/20 (79/100 turns) with evalfull.mjs after the fixes (5/20, 73/100 turns at first contact).
        AssertFloor(score, conversations: 20, completed: 6, turnShare: 0.75);
    }

    /// <summary>Regional officers of every cohort, formal and chatty: the order of the year's stages asked after an answer
    /// ("setelah itu?", "sebelum X tahap apa?"), durations and per-year figures as follow-ups, ranges of years counted,
    /// a second region named mid-thread then "kami" again, the status check interrupted twice and resumed, a reminder
    /// asked in the middle of a question thread. Written before the numbered-step order and the range count were built.</summary>
    [Fact]
    public async Task Most_thirty_fourth_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-34.jsonl", "t34o");
        // Measured 10/20 (107/125 turns) with evalfull.mjs after the fixes (5/20, 98/125 turns at first contact).
        AssertFloor(score, conversations: 20, completed: 9, turnShare: 0.83);
    }

    /// <summary>Officers only, formal and chatty, Teams-style and phone-typed: an opening with who they are, their office and
    /// why they ask before the question, a pillar, a stage or a year named in that preamble and pointed at later ("pilar
    /// itu", "tahap itu", "angkatan itu"), corrections ("eh maksud saya tahun sebelumnya", "yang kota"), two questions in
    /// one message, the status check resumed after a question, thanks mid-thread. Written before the pillar remembered from
    /// any message, the pointer named, the closing question as the topic and the year correction were built.</summary>
    [Fact]
    public async Task Most_thirty_sixth_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-36.jsonl", "t36o");
        // Measured 7/20 (100/120 turns) with evalfull.mjs after the fixes (6/20, 92/120 turns at first contact).
        AssertFloor(score, conversations: 20, completed: 6, turnShare: 0.82);
    }

    /// <summary>Citizens, students, journalists, businesses, NGOs, DPRD members and village heads: a contrasted year or
    /// institution as the whole follow-up, who said what was just answered, an English preamble then a one-word question,
    /// kinds the documents do not give (an hour, a phone, a hotel, a name) asked as follow-ups, a business asking after a
    /// collaboration request it sent, and a role introduced with the region. Written before the speaker aside, the unstated
    /// kind on an elliptic follow-up and the follow-up reading without the preamble's unknown words were built.</summary>
    [Fact]
    public async Task Most_thirty_fifth_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-35.jsonl", "t35c");
        // Measured 6/20 (80/100 turns) with evalfull.mjs after the fixes (6/20, 74/100 turns at first contact).
        AssertFloor(score, conversations: 20, completed: 5, turnShare: 0.77);
    }

    /// <summary>Citizens, students, journalists, businesses, village heads, kecamatan staff, DPRD members and a foreign
    /// researcher: whole-programme questions after turns about one region, a unit below kab/kota asking to join, English
    /// follow-ups, a collaboration request mid-thread and closing phrases. Written before the smaller-unit reading, the
    /// closing sentence's places and the province counts were built.</summary>
    [Fact]
    public async Task Most_thirty_seventh_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-37.jsonl", "t37c");
        // Measured 16/20 (100/104 turns) with evalfull.mjs after the fixes (2/20, 81/104 turns at first contact).
        AssertFloor(score, conversations: 20, completed: 14, turnShare: 0.92);
    }

    /// <summary>Citizens, journalists, students, businesses and English-speaking visitors (a foreign researcher, a
    /// diaspora citizen, embassy staff): whether a region took part, one year's count against the running total, which
    /// province had most, how many from one province, the pillars, how regions join, and closings in regional and chat
    /// styles. Written before the companion region's cohort, one year's count, the closing question after a
    /// scene-setting sentence, the other end of the cohorts, the home-town examples and the English province and thanks words
    /// were built.</summary>
    [Fact]
    public async Task Most_thirty_ninth_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-39.jsonl", "t39c");
        // Measured 14/20 (89/100 turns) with evalfull.mjs after the fixes (7/20, 78/100 turns at first contact).
        AssertFloor(score, conversations: 20, completed: 12, turnShare: 0.86);
    }

    /// <summary>Citizens asking whether their kota or kabupaten took part (typos, one name for a kota and a kabupaten, a
    /// province instead of a region), businesses wishing to work with a region, journalists and students (counts per
    /// year, totals, the province with most, sources) and English or mixed threads (a foreign researcher, embassy staff,
    /// the diaspora) whose follow-ups lean on context: "was X one of them?" as a first message, "where exactly?" after an
    /// event, "which province is it in?", a ministry's role. Written before the province of the region just spoken of,
    /// the choosing question word before "province", English list and pointer words and the intensifiers were built.</summary>
    [Fact]
    public async Task Most_forty_first_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-41.jsonl", "t41c");
        // Measured 10/20 (76/95 turns) with evalfull.mjs after the fixes (8/20, 67/95 turns at first contact).
        AssertFloor(score, conversations: 20, completed: 8, turnShare: 0.76);
    }

    /// <summary>Regional officers' threads as written in Teams or web chat: long openings (who they are, which office, why
    /// they ask) and misspelt or abbreviated ones ("mo nanya", "thn brp", a region's name with a typo), then "kami",
    /// "angkatan kami", "tahun itu", "angkatan sesudahnya/sebelumnya", detours (pillars, quick wins, the stages, another
    /// region) and back, corrections, two numbered questions in one message, a programme question about the next stage
    /// inside the status check, closings. Written before the cohort after the one spoken of ("angkatan sesudahnya",
    /// "angkatan berikutnya" counted), the documents' claim on a stage named after an order word inside the status check,
    /// the list of a named year after one region's answer and the thanks with dropped vowels were built.</summary>
    [Fact]
    public async Task Most_forty_second_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-42.jsonl", "t42c");
        // Measured 15/20 (128/134 turns) with evalfull.mjs after the fixes (6/20, 115/134 turns at first contact).
        AssertFloor(score, conversations: 20, completed: 13, turnShare: 0.92);
    }

    /// <summary>Citizens asking whether their kota or kabupaten took part (lowercase names, typos, slang, a kota and a kabupaten
    /// of one name, a province for a region), businesses asking whether they may fund or join before asking to work with a
    /// region, journalists and students (totals over several years, counts per year, the province with most, sources) and
    /// English or mixed threads (a researcher, embassy staff, the diaspora, a foreign company) whose follow-ups lean on
    /// context ("tahun sebelumnya?", "and the year before?", "which ones?", "who signed it?", "mereka"). Written before the
    /// funding-permission question, the province word after "which", the possessive on a region name, "which ones" as a
    /// list word and the year asked of a place named again were built.</summary>
    [Fact]
    public async Task Most_forty_third_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-43.jsonl", "t43c");
        // Measured 11/20 (81/96 turns) with evalfull.mjs after the fixes (7/20, 74/96 turns at first contact).
        AssertFloor(score, conversations: 20, completed: 9, turnShare: 0.82);
    }

    /// <summary>Regional officers' threads opening with their office and why they ask (typos, a province beside the region),
    /// then "angkatan kami"/"tahun itu"/"sebelum/sesudah kami" follow-ups, detours (pillars, quick wins, bimtek, MoU, another
    /// region, its province) and back, a region or year corrected, and status checks with a question in the middle,
    /// "lanjutkan" and a correction of an earlier checklist answer. Written before the checklist correction, "lanjutkan"
    /// as carrying on, the province asked again of another region and the province named like its kota were built.</summary>
    [Fact]
    public async Task Most_forty_fourth_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-44.jsonl", "t44c");
        // Measured 12/20 (112/129 turns) with evalfull.mjs after the fixes (4/20, 94/129 turns at first contact).
        AssertFloor(score, conversations: 20, completed: 10, turnShare: 0.85);
    }

    /// <summary>Regional officers' threads: a greeting and a preamble before the question about their own region, "angkatan
    /// kami"/"tahun itu" follow-ups, detours to the pillars or a neighbouring region and back, a kabupaten corrected to
    /// the kota of that name, a numbered bimtek stage asked alone, "di mana tepatnya" after an event, the status check and
    /// closings. Written before the own-region correction, the numbered part of the thread's series, the stressing words
    /// as no subject, the own subject over a carried topic and the chat thanks words were built.</summary>
    [Fact]
    public async Task Most_fortieth_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-40.jsonl", "t40c");
        // Measured 8/20 (125/142 turns) with evalfull.mjs after the fixes (4/20, 118/142 turns at first contact).
        AssertFloor(score, conversations: 20, completed: 6, turnShare: 0.85);
    }

    /// <summary>Students writing a thesis, journalists writing a story, citizens, businesses and NGOs whose opening says who
    /// they are and why they ask, with or without a question (a thesis on one region, a story on one cohort, a startup's
    /// field), then follow-ups pointing at what the previous answer listed ("itu di provinsi mana", "yang paling baru yang
    /// mana", "yang kabupaten"), at its year ("tahun itu"), and a collaboration request after a list. Written before the
    /// work topic, the listed regions' provinces and newest, and the list as the request's place were built.</summary>
    [Fact]
    public async Task Most_twenty_ninth_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-29.jsonl", "t29c");
        // Measured 9/20 (86/107 turns) with evalfull.mjs after the fixes (5/20, 73/107 turns at first contact).
        AssertFloor(score, conversations: 20, completed: 8, turnShare: 0.78);
    }

    /// <summary>Officers only, formal and chatty, Teams-style and phone-typed, whose opening names the region inside a long
    /// sentence with a job title and unit, then five or more turns naming neither region nor year: MoU date, place and
    /// who opened it, the cohort's size and who from their own province, masterplan due time and next step, bimtek
    /// stages, evaluation and awards with follow-ups that keep the award's year, a checklist interrupted and resumed, a
    /// change of region, reminders on and off. Written before the lent year giving way and the award-first showcase were built.</summary>
    [Fact]
    public async Task Most_twenty_eighth_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-28.jsonl", "t28o");
        // Measured 9/20 (119/138 turns) with evalfull.mjs after the fixes (8/20, 118/138 turns at first contact).
        AssertFloor(score, conversations: 20, completed: 7, turnShare: 0.84);
    }

    /// <summary>Citizens, students writing a thesis, journalists checking facts, businesses and NGO staff who introduce
    /// themselves first (who they are, where they live or work) and then ask: a year's list asked by a company naming its
    /// home city, then filtered by a province ("yang di provinsi P") or a type ("yang kabupaten aja"), events and their
    /// facets, awards, sources, the collaboration form and its cancel. Written before the setting's places, the kept
    /// year and the type filter were built.</summary>
    [Fact]
    public async Task Most_twenty_seventh_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-27.jsonl", "t27c");
        // Measured 13/20 (112/122 turns) with evalfull.mjs after the fixes (8/20, 99/122 turns at first contact).
        AssertFloor(score, conversations: 20, completed: 11, turnShare: 0.89);
    }

    /// <summary>Citizens, students, journalists, parents and business people: counts and lists by year with follow-ups that
    /// change one thing ("kalau 2018?", "yang dari Bali?", "sebutin dong", "yang pertama …"), a business's whole-sentence
    /// wish to work with participating regions (the collaboration form and its cancel), which regions work in a field, "is
    /// my city in it" then that year, sources and links, detours off topic and back. Written before the speaker's wish,
    /// the year line and the counted year's list were built.</summary>
    [Fact]
    public async Task Most_twenty_fifth_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-25.jsonl", "t25c");
        // Measured 17/20 (113/117 turns) with evalfull.mjs after the fixes (9/20, 93/117 turns at first contact).
        AssertFloor(score, conversations: 20, completed: 15, turnShare: 0.93);
    }

    /// <summary>Officers only, formal and chatty: a homonym asked back and answered with the unit or the province alone, a
    /// typo'd region, "maksud saya …"; past cohorts asking their own deadlines, MoU, bimtek, closing event and awards;
    /// how many were invited, took part, and who; another region and back ("balik ke …"); reminders on and off; thanks.
    /// Written before the short choice between namesakes, the cohort's due time and the own cohort's count were built.</summary>
    [Fact]
    public async Task Most_twenty_sixth_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-26.jsonl", "t26c");
        // Measured 7/20 (101/119 turns) with evalfull.mjs after the fixes (2/20, 80/119 turns at first contact).
        AssertFloor(score, conversations: 20, completed: 6, turnShare: 0.82);
    }

    /// <summary>Officers only: openings naming the region with unit, province, "Kab."/"Kot."/"Pemkab"/"Pemkot", typos, lower
    /// case or at the end of a long sentence; then the cohort year and "tahun itu"/"tahun kami", that year's MoU, bimtek,
    /// closing event and exhibition asked by a facet (where, when, who opened it, online or not), "yang kabupaten/kota"
    /// after a homonym or a correction, a neighbour then "kalau kami", a checklist with a question in the middle, a
    /// reminder, "ganti daerah", thanks. Written before the namesake in a longer question, the lent year and the
    /// per-year lines were built.</summary>
    [Fact]
    public async Task Most_twenty_fourth_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-24.jsonl", "t24");
        // Measured 12/20 (119/129 turns) with evalfull.mjs after the fixes (6/20, 106/129 turns at first contact).
        AssertFloor(score, conversations: 20, completed: 10, turnShare: 0.88);
    }

    /// <summary>Officers only: a kab/kota homonym named bare and the officer's answer to "which one", the question before the
    /// region, a province named first, a neighbour then "kalau kami sendiri?", who to contact and where documents go,
    /// reminders at a weekday and hour, a rank the documents do not give, "masih di sana?", Teams-style capitals; written
    /// before the introduction memory, the Presence and Contact intents and the reminder times were built.</summary>
    [Fact]
    public async Task Most_eighteenth_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-18.jsonl", "t18");
        // Measured 16/20 (116/126 turns) with evalfull.mjs after the fixes (4/20, 99/126 turns at first contact).
        AssertFloor(score, conversations: 20, completed: 14, turnShare: 0.89);
    }

    /// <summary>Officers only: a provincial officer asking of several kab/kota one after another ("yang kota?"), messages of
    /// two or three sentences with the question last, the checklist answered in free words and interrupted, "trus setelah
    /// itu?" after the next steps, a listed cohort against a region never listed, a corrected year, reminders with a time;
    /// written before the year correction, the hedged and contrasted checklist answers and the closing question after an
    /// introduction were built.</summary>
    [Fact]
    public async Task Most_sixteenth_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-16.jsonl", "t16");
        // Measured 13/20 (120/128 turns) with evalfull.mjs after round 13b's fixes (6/20, 107/128 turns at first contact).
        AssertFloor(score, conversations: 20, completed: 11, turnShare: 0.9);
    }

    /// <summary>Officers opening as Bappeda, Setda or Diskominfo staff, a camat or a consultant writing for a region; the
    /// region named late, by province and "kami", misspelt; two questions in one message; their own cohort's MoU, bimtek and
    /// assessment by date, the checklist with asides, "kalau yang 2024?", neighbours, corrections and reminders; written
    /// before the cohort event's route to the documents, the cohort stages and the comma's two questions were built.</summary>
    [Fact]
    public async Task Most_fourteenth_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-14.jsonl", "t14");
        // Measured 14/20 (111/120 turns) with evalfull.mjs after the fixes (8/20, 98/120 turns at first contact).
        AssertFloor(score, conversations: 20, completed: 12, turnShare: 0.88);
    }

    /// <summary>Officers only, five to seven turns each: openings of many shapes (office first, region last, "Pemkab X", the
    /// province after the name, a misspelt name, two questions at once), then their cohort's MoU and bimtek, duties and
    /// deadlines, a question inside the checklist, "kalau tahun sebelumnya?", their province, a correction, "ganti daerah",
    /// reminders on and off; written before the cohort-event thread, the second question and the asides were built.</summary>
    [Fact]
    public async Task Most_twelfth_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-12.jsonl", "t12");
        // Measured 14/20 (118/124 turns) with evalfull.mjs after the fixes (8/20, 106/124 turns at first contact).
        AssertFloor(score, conversations: 20, completed: 12, turnShare: 0.92);
    }

    /// <summary>Officers opening with a greeting or their office, a citizen of a name shared by a kota and a kabupaten,
    /// a business coming back to its request after a question, corrections naming both places, deadlines and reminders;
    /// written by the integrator before the eighth landing's fixes.</summary>
    [Fact]
    public async Task Most_eighth_round_conversations_complete()
    {
        var score = await ScoreAsync("round-conversations-8.jsonl", "rc");
        // Measured 8/10 (39/41 turns) with eval.mjs after the round (5/10, 34/41 turns at first contact).
        AssertFloor(score, conversations: 10, completed: 6, turnShare: 0.85);
    }

    /// <summary>An officer's status opened in one sentence and carried on, a checklist begun in words and interrupted,
    /// pillar follow-ups, deadlines and an informal reminder stop, a business asking mid-request, English turns, a
    /// correction after an introduction; written by the integrator before the ninth landing, never given to the others.</summary>
    [Fact]
    public async Task Most_ninth_round_conversations_complete()
    {
        var score = await ScoreAsync("round-conversations-9.jsonl", "rd");
        // Measured 8/10 (37/39 turns) with evalfull.mjs after the round (6/10, 32/39 turns at first contact).
        AssertFloor(score, conversations: 10, completed: 7, turnShare: 0.9);
    }

    /// <summary>An officer's cohort, its agreement date and an earlier region; Kota/Kabupaten of one name and a province's
    /// list with the one place named as the exception; a checklist interrupted by a pillar question and "berapa lagi"; a
    /// business asking mid-request; English follow-ups; deadlines and a reminder; a correction to a region that never took
    /// part; a deadline asked by its name. Written by the integrator before the tenth landing, never given to the others.</summary>
    [Fact]
    public async Task Most_tenth_round_conversations_complete()
    {
        var score = await ScoreAsync("round-conversations-10.jsonl", "rc");
        // Measured 9/10 (40/41 turns) with evalfull.mjs after the round (4/10, 34/41 turns at first contact).
        AssertFloor(score, conversations: 10, completed: 8, turnShare: 0.92);
    }

    /// <summary>An officer's opening sentence naming the office and region, then the cohort's province peers, its agreement
    /// date and the year before; a province with one participant; a pillar and "contohnya?"; a business asking mid-request;
    /// a question inside the checklist; deadlines then "yang setelahnya"; English; a corrected region; a remembered cohort
    /// year that was wrong. Written by the integrator before the eleventh landing, never given to the others.</summary>
    [Fact]
    public async Task Most_eleventh_round_conversations_complete()
    {
        var score = await ScoreAsync("round-conversations-11.jsonl", "rv");
        // Measured 8/10 (39/41 turns) with evalfull.mjs after the integrator's round fixes (6/10, 37/41 turns at first contact).
        AssertFloor(score, conversations: 10, completed: 7, turnShare: 0.9);
    }

    /// <summary>An officer's opening naming the office, then the cohort's agreement date, size and province peers; a city's
    /// year, its agreement place and minister, then "kalau kabupatennya?"; a student on quick wins; a business asking
    /// mid-request; a question inside the checklist; English with a name that is also a word; a journalist on one year's
    /// awards; a wrongly remembered cohort; pillars compared, then "pilar itu". Written by the integrator before the
    /// twelfth landing, never given to the others.</summary>
    [Fact]
    public async Task Most_twelfth_round_conversations_complete()
    {
        var score = await ScoreAsync("round-conversations-12.jsonl", "rw");
        // Measured 7/10 (35/39 turns) with evalfull.mjs after the integrator's first fixes (6/10, 34/39 turns at first contact).
        AssertFloor(score, conversations: 10, completed: 6, turnShare: 0.85);
    }

    /// <summary>An officer confirming the year, then the award, venue and minister of it; a town's year, agreement date,
    /// island peers and the farthest east; the checklist with a question about the region's own quick wins; a student on
    /// pillars, "pilar itu" and the source; a vendor looking for a field, then "daerah itu"; a journalist on the launch,
    /// "tahun berikutnya" and "ttdnya"; a cohort's bimtek stages; English with "and in 2024?"; a reminder set and cancelled.
    /// Written by the integrator before the thirteenth landing, never given to the others.</summary>
    [Fact]
    public async Task Most_thirteenth_round_conversations_complete()
    {
        var score = await ScoreAsync("round-conversations-13.jsonl", "rx");
        // Measured 8/10 (39/42 turns) with evalfull.mjs after the integrator's fixes (6/10, 34/42 turns at first contact).
        AssertFloor(score, conversations: 10, completed: 7, turnShare: 0.88);
    }

    /// <summary>An officer on their quick win's award, its date and venue; two same-named places and "yg kabupaten"; a
    /// journalist on the 2021 theme; a student on two pillars; an officer's masterplan date and next stage; a typo'd town;
    /// the status check cancelled for a question; whether the programme still runs; "what have we achieved"; a startup
    /// on tourism regions then the form. Written by the integrator before the fourteenth landing, never given to the others.</summary>
    [Fact]
    public async Task Most_fourteenth_round_conversations_complete()
    {
        var score = await ScoreAsync("round-conversations-14.jsonl", "ry");
        // Measured 7/10 (33/37 turns) with evalfull.mjs after the round (7/10, 33/37 at first contact; 8/10, 34/37 before the merges).
        AssertFloor(score, conversations: 10, completed: 6, turnShare: 0.85);
    }

    /// <summary>An officer's MoU and cohort-mates by province; a kota and a kabupaten of one name then "yang kota …"; a
    /// journalist's two totals; a pillar's quick win and its region; an officer's letter date and a weekly reminder; a
    /// business on waste programmes then the form; an officer's MoU, minister and seminar; a region in no list and how to
    /// take part; a question inside the status check; destinations and "yang di &lt;provinsi&gt;?". Written by the integrator
    /// before the fifteenth landing, never given to the others.</summary>
    [Fact]
    public async Task Most_fifteenth_round_conversations_complete()
    {
        var score = await ScoreAsync("round-conversations-15.jsonl", "rw");
        // Measured 8/10 (31/34 turns) with evalfull.mjs after the round (6/10, 29/34 at first contact).
        AssertFloor(score, conversations: 10, completed: 7, turnShare: 0.85);
    }

    /// <summary>An officer's bimtek, MoU mode and theme; a citizen's region, its programme and what it is for; a goodbye in the
    /// middle of the checklist; follow-ups about an event. Written by the integrator before the sixteenth landing, never
    /// given to the others.</summary>
    [Fact]
    public async Task Most_sixteenth_round_conversations_complete()
    {
        var score = await ScoreAsync("round-conversations-16.jsonl", "rz");
        // Measured 8/10 (33/36 turns) with evalfull.mjs after the round (7/10, 32/36 at first contact).
        AssertFloor(score, conversations: 10, completed: 7, turnShare: 0.85);
    }

    /// <summary>An officer's cohort size, MoU and that year's quick-win winners of the province; a citizen's city, its cohort
    /// and closing event; a kabupaten corrected to the kota of the same name then "yang kabupaten"; a business's wish to
    /// work with regions after an introduction, then cancel; a journalist's totals, one year's count and its list; a
    /// question inside the status check; a student's pillars; regions that never took part and a province's; a reminder
    /// set and turned off; an award, a winner's category and the venue. Written by the integrator before the seventeenth
    /// landing, never given to the others.</summary>
    [Fact]
    public async Task Most_seventeenth_round_conversations_complete()
    {
        var score = await ScoreAsync("round-conversations-17.jsonl", "rq");
        // Measured 9/10 (33/34 turns) with evalfull.mjs after the round (5/10, 29/34 at first contact).
        AssertFloor(score, conversations: 10, completed: 8, turnShare: 0.9);
    }

    /// <summary>Eighteenth round conversations, written by the integrator before that landing and never given to the others.</summary>
    [Fact]
    public async Task Most_eighteenth_round_conversations_complete()
    {
        var score = await ScoreAsync("round-conversations-18.jsonl", "rv");
        // Measured 6/10 (33/37 turns) on the twentieth landing's main (4/10, 30/37 at first contact).
        AssertFloor(score, conversations: 10, completed: 5, turnShare: 0.84);
    }

    /// <summary>Nineteenth round conversations, written by the integrator before that landing and kept from the others.</summary>
    [Fact]
    public async Task Most_nineteenth_round_conversations_complete()
    {
        var score = await ScoreAsync("round-conversations-19.jsonl", "rx");
        // Measured 9/10 (38/39 turns) on the twentieth landing's main (6/10, 35/39 at first contact).
        AssertFloor(score, conversations: 10, completed: 8, turnShare: 0.92);
    }

    /// <summary>An officer's online MoU, the mentoring after it and the own province's cohort; a citizen's two cities and their
    /// MoU; a student's research on quick wins; a journalist on the launch, that year's winner and its app; a business's
    /// partner for one pillar; an officer of the last cohort, its invitation letter and the province; a wrong guess of a
    /// cohort; a village head's programme and pillar; an officer in English; a researcher's totals. Written by the
    /// integrator before the twentieth landing, never given to the others.</summary>
    [Fact]
    public async Task Most_twentieth_round_conversations_complete()
    {
        var score = await ScoreAsync("round-conversations-20.jsonl", "rw");
        // Measured 6/10 (35/39 turns) after the round (5/10, 33/39 at first contact).
        AssertFloor(score, conversations: 10, completed: 5, turnShare: 0.84);
    }

    /// <summary>Twenty-first to twenty-third round conversations (officers, citizens, students, journalists, businesses,
    /// a researcher in English, a village head), written by the integrator before each landing and kept from the others.
    /// Measured after the twenty-third landing: 8/10 (40/42 turns), 9/10 (39/41), 5/10 (36/41; first contact 5/10, 35/41).
    /// Round 25 first contact 6/10 (29/35 turns). Round 26 first contact 8/10 (33/35 turns). Round 27 first contact 10/10 (32/32 turns).
    /// Round 28 first contact 4/10 (31/39 turns), 7/10 (35/39) after its landing. Round 29 first contact 4/10 (33/41 turns),
    /// 6/10 (36/41) after its landing. Round 30 first contact 8/10 (43/45 turns). Round 31 first contact 10/10 (48/48 turns).
    /// Round 32 first contact 8/10 (42/46 turns), 8/10 (43/46) after its landing.</summary>
    [Theory]
    [InlineData("round-conversations-21.jsonl", "re", 7, 0.9)]
    [InlineData("round-conversations-22.jsonl", "ri", 8, 0.9)]
    [InlineData("round-conversations-23.jsonl", "rl", 4, 0.82)]
    [InlineData("round-conversations-24.jsonl", "ro", 6, 0.85)]
    [InlineData("round-conversations-25.jsonl", "sb", 5, 0.8)]
    [InlineData("round-conversations-26.jsonl", "sd", 7, 0.9)]
    [InlineData("round-conversations-27.jsonl", "sf", 9, 0.9)]
    [InlineData("round-conversations-28.jsonl", "sh", 6, 0.85)]
    [InlineData("round-conversations-29.jsonl", "sk", 5, 0.85)]
    [InlineData("round-conversations-30.jsonl", "sn", 7, 0.9)]
    [InlineData("round-conversations-31.jsonl", "sq", 9, 0.95)]
    [InlineData("round-conversations-32.jsonl", "ss", 7, 0.9)]
    [InlineData("round-conversations-33.jsonl", "su", 7, 0.9)]
    [InlineData("round-conversations-34.jsonl", "sw", 6, 0.88)]
    [InlineData("round-conversations-35.jsonl", "sy", 7, 0.88)]
    [InlineData("round-conversations-36.jsonl", "ta", 8, 0.93)]
    public async Task Most_later_round_conversations_complete(string file, string prefix, int completed, double turnShare)
    {
        var score = await ScoreAsync(file, prefix);
        AssertFloor(score, conversations: 10, completed: completed, turnShare: turnShare);
    }
    /// <summary>Citizens asking whether their kota/kabupaten took part (lowercase names, typos, slang, a kota and a
    /// kabupaten of one name, a province, regions never listed), businesses and NGOs (what the programme offers, whether
    /// they may fund it, then a collaboration request), journalists and students (totals, per-year counts, the province
    /// with most and fewest, two years compared, sources) and English or mixed threads. Written before the type word
    /// picking the namesake's province, the other end of the province counts and two years compared after a count were
    /// built. First contact 8/20 (82/102 turns) → 14/20 (93/102 turns) with evalfull.mjs.</summary>
    [Fact]
    public async Task Most_forty_fifth_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-45.jsonl", "t45c");
        AssertFloor(score, conversations: 20, completed: 12, turnShare: 0.88);
    }

    /// <summary>tuning-conversations-46: 20 regional officers' threads (129 turns): openings naming the office and the
    /// province (typos, lowercase names, a kota whose name a kabupaten bears), then follow-ups leaning on the thread —
    /// "kami", "tahun itu", the cohort and those before/after it in the province, everyone up to the user's cohort, detours
    /// to stages, MoU and ministers and back, a correction of the region or the year, status checks with a corrected answer
    /// and a programme question in their middle. Written before the spans around the user's cohort, the counted cohort word,
    /// the office after the place and the type word into a list were built. First contact 11/20 (115/129 turns)
    /// → 17/20 (125/129 turns) with evalfull.mjs.</summary>
    [Fact]
    public async Task Most_forty_sixth_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-46.jsonl", "t46c");
        AssertFloor(score, conversations: 20, completed: 16, turnShare: 0.95);
    }

    /// <summary>Citizens asking whether their kota/kabupaten took part (lowercase names, typos, a kota and a kabupaten of
    /// one name, a province instead of a region, a region never listed, neighbours), businesses and NGOs (what the
    /// programme offers, regions by theme, a collaboration request with one of them, then cancelled), journalists and
    /// students (a year's count against the shorter list, totals, the province with most and fewest, venues, sources) and
    /// six English or mixed threads. Written before "provinsi itu" as the spoken-of region's province, a year narrowing
    /// the list shown ("yang 2023 aja siapa", "only the 2023 ones", "which of them are in …"), the reason a year's list is
    /// shorter than its count and English cancel were built. First contact 8/20 (80/100 turns) → 16/20 (95/100 turns)
    /// with evalfull.mjs.</summary>
    [Fact]
    public async Task Most_forty_seventh_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-47.jsonl", "t47c");
        AssertFloor(score, conversations: 20, completed: 14, turnShare: 0.9);
    }

    /// <summary>Regional officers' threads: whole-sentence openings with the office, the province and why they ask (typos,
    /// "tangsel", "kukar", "OKU"), a kota and a kabupaten of one name, "yang seprovinsi" right after the region, the cohort
    /// by province and island, before/after us, MoU place, date, minister and who signed, detours (pillars, quick wins,
    /// bimtek, the calendar) and back, a region or a year corrected, two questions in one message, and status checks with
    /// an answer and a question in one message and a numbered correction. Written before "seprovinsi" counted as a place
    /// pointer, the answer-then-question split, two document questions while the checklist waits, "nomor 1" in a
    /// correction and the Sumatera/Kalimantan regency aliases were built. First contact 11/20 (112/128 turns) → 14/20
    /// (119/128 turns) with evalfull.mjs.</summary>
    [Fact]
    public async Task Most_forty_eighth_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-48.jsonl", "t48c");
        AssertFloor(score, conversations: 20, completed: 12, turnShare: 0.9);
    }

    /// <summary>Citizens asking whether their kota/kabupaten took part ("kampung saya di …", a kota and a kabupaten of one
    /// name, a province instead of a region, regions never listed and their neighbours, typos), businesses, CSR teams and
    /// NGOs (what the programme offers, whom to contact, regions by field — transport, water, education, agriculture,
    /// e-government — a collaboration request with one of them, then changing their mind), journalists and students
    /// (counts, totals, the province with most, who signed, venues, sources, awards) and six English or mixed threads
    /// (researcher, embassy, diaspora, a foreign company). Written before "peserta lain dari situ" / "other participants
    /// from there" as the region's province, "which province is that?", fields without records, "ada program … <bidang>" as a
    /// field search and a collaboration request moved to another region were built. First contact 11/20 (76/92 turns; 77/92
    /// with two expectations corrected afterwards) → 16/20 (87/92 turns) with evalfull.mjs.</summary>
    [Fact]
    public async Task Most_forty_ninth_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-49.jsonl", "t49c");
        AssertFloor(score, conversations: 20, completed: 14, turnShare: 0.9);
    }

    /// <summary>Citizens asking whether their kota/kabupaten took part ("saya tinggal di …", "asli …", a region's old name,
    /// a kota and a kabupaten of one name, a province instead of a region, regions never listed and their neighbours),
    /// businesses, CSR teams, a cooperative and NGOs (what the programme offers, regions by field, a collaboration request,
    /// then changing their mind or giving their name), journalists and students (per-year counts after a long preamble,
    /// totals, the province with most, a comparison of two years, who signed, sources, awards) and six English or mixed
    /// threads. Written before two-word old names as region aliases, English "start" as the launch, a sentence about
    /// the asker's story or an English "I'm a journalist" as framing, "which of them joined in &lt;year&gt;" narrowing the
    /// list shown, partners' English contact questions, "that year" for the province with most participants and two
    /// years compared with nothing else as their counts were built. First contact 8/20 (86/100 turns) → 14/20 (93/100
    /// turns) with evalfull.mjs.</summary>
    [Fact]
    public async Task Most_fifty_first_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-51.jsonl", "t51c");
        AssertFloor(score, conversations: 20, completed: 12, turnShare: 0.9);
    }

    /// <summary>tuning-conversations-50.jsonl: twenty regional officers' threads (127 turns) — openings with office and
    /// reason, aliases and typos, kota/kabupaten homonyms, corrections of region and type, cohort and province follow-ups,
    /// the year's stages and the bimtek stages asked by ordinal, status checks with questions in between and corrections.
    /// Written before a stage ordinal after the stage list, a bare "terus?" after a stage, the checklist question shown
    /// once after questions in between and "seprovinsi dengan kami" as the own province were built. First contact 6/20
    /// (108/127 turns) → 10/20 (115/127 turns) with evalfull.mjs.</summary>
    [Fact]
    public async Task Half_the_fiftieth_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-50.jsonl", "t50c");
        AssertFloor(score, conversations: 20, completed: 8, turnShare: 0.87);
    }

    /// <summary>tuning-conversations-55.jsonl: twenty threads (100 turns) — citizens asking whether their kota/kabupaten took
    /// part (a tourist-spot name, a nickname, typos, lowercase, a kota and a kabupaten of one name, a province), journalists
    /// and students (totals, one year's count then "before that?", most and fewest by province, two years compared, signers,
    /// venues, awards of a year, sources), businesses, CSR teams and NGOs (what companies can do, regions by field, a
    /// collaboration request changed and cancelled) and six English or mixed threads. Written before a bare
    /// "sebelumnya?"/"and before that?" after a year's count, a total alone after a count and the province count right
    /// after a year's count were built. First contact 5/20 (72/100 turns) → 6/20 (77/100 turns) with evalfull.mjs.</summary>
    [Fact]
    public async Task A_quarter_of_the_fifty_fifth_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-55.jsonl", "t55c");
        AssertFloor(score, conversations: 20, completed: 5, turnShare: 0.74);
    }

    /// <summary>tuning-conversations-57.jsonl: twenty threads (101 turns) — citizens asking whether their kota/kabupaten took
    /// part (a village inside it, a nickname, a typo, lowercase, "kab dr" a regency named as its province, a kota and a
    /// kabupaten of one name, a province, a town inside a kota), journalists and students (totals, a year's count, two
    /// years compared, most and fewest by province, signers, venues, awards of a year and of "the year before", sources),
    /// businesses, a CSR team, a university and an NGO (what they can do, a request to be put in touch with a region in a
    /// whole sentence, moving and cancelling it) and seven English or mixed threads. Written before thanks in English
    /// after English questions was answered in English. First contact 8/20 (72/101 turns) → 9/20 (75/101 turns) with
    /// evalfull.mjs.</summary>
    [Fact]
    public async Task Some_of_the_fifty_seventh_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-57.jsonl", "t57c");
        AssertFloor(score, conversations: 20, completed: 8, turnShare: 0.73);
    }

    /// <summary>tuning-conversations-58.jsonl: twenty officer threads (124 turns) — openings in one sentence naming the office
    /// and region (a camat, a lurah, a regency's smart city team, an e-government head, a bappeda intern, a short or old
    /// name, a province after a comma, lowercase, typos), then memory: the officer's cohort, "tahun itu", cohort-mates from
    /// the same island, the cohort's mentors, the stages of that year (bimtek 1–4, MoU, masterplan, quick win, evaluation,
    /// awards), "sebelumnya?/sesudahnya?" after a stage, status checks answered in whole sentences, a programme question
    /// mid-checklist, corrections of region or year, "ganti daerah" and thanks. Written before the cohort mentors section
    /// and "dari mana" after a role word were built. First contact 6/20 (100/124 turns) → 8/20 (103/124 turns) with
    /// evalfull.mjs.</summary>
    [Fact]
    public async Task Some_of_the_fifty_eighth_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-58.jsonl", "t58c");
        AssertFloor(score, conversations: 20, completed: 7, turnShare: 0.8);
    }

    /// <summary>tuning-conversations-59.jsonl: twenty threads (99 turns) — citizens asking whether their kota/kabupaten took
    /// part (a nickname, typos and lowercase, a kota and a kabupaten of one name, a province), journalists and students
    /// (totals and why two totals, a year's count, two years compared, most by province in a year and overall, signers,
    /// venues, awards then "tempatnya di mana?" and "tahun sebelumnya?", sources and links), businesses, a CSR team, a
    /// university and an NGO (what they can do, how to work with a participating pemda, a collaboration request in a whole
    /// sentence, moving and cancelling it) and ten English or mixed threads. Written before English replies
    /// (knowledge/data/english-replies.json) were built; some English turns ask for English words in the reply. First
    /// contact 6/20 (81/99 turns) → 7/20 (84/99 turns) with evalfull.mjs.</summary>
    [Fact]
    public async Task Some_of_the_fifty_ninth_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-59.jsonl", "t59c");
        AssertFloor(score, conversations: 20, completed: 6, turnShare: 0.82);
    }

    /// <summary>tuning-conversations-60.jsonl: twenty regional officers' threads (125 turns) — openings in one sentence naming
    /// the office and the region in new ways (a sekda's staff, a kabid or kasi at dinas kominfo, "admin smart city pemkot",
    /// names written with a space or hyphen inside or without their space, officers' abbreviations, the province first,
    /// lowercase and typos, one in English), then memory: the cohort's MoU, bimtek, evaluation and award, the step before or
    /// after one, who mentored the cohort, cohort-mates of a province or island; six status checks answered in whole
    /// sentences with no yes/no word or with a year, a programme question mid-checklist and the return, a correction of
    /// the region mid-checklist, "ganti daerah", thanks in Javanese. Written before checklist answers by words of state
    /// (keadaan-selesai.txt, keadaan-belum.txt) were built. First contact 9/20 (96/125 turns) → 12/20 (108/125 turns)
    /// with evalfull.mjs; thanks in Javanese one turn more.</summary>
    [Fact]
    public async Task Most_of_the_sixtieth_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-60.jsonl", "t60c");
        AssertFloor(score, conversations: 20, completed: 11, turnShare: 0.85);
    }

    /// <summary>tuning-conversations-61.jsonl: twenty threads (102 turns) — citizens asking whether their kota/kabupaten took
    /// part (a district named with its kabupaten, a nickname, typos and lowercase, a kota and a kabupaten of one name, a
    /// province), journalists and students (totals and why they differ, a year's count, most and fewest by province, two
    /// years compared, signers, venues, awards then "tempatnya?" and "tahun sebelumnya?", sources and links), businesses, a
    /// CSR team, a university and an NGO (what they can do, how to work with a participating pemda, a collaboration request
    /// in a whole sentence, changing and cancelling it) and nine English or mixed threads ("and the year before?", "list
    /// them", "how do we work with them?", "what can you do?", "since when?", "since 2017"). First contact 8/20 (81/102
    /// turns); the "since" fix, reverted then, was re-landed in the sixty-third set's landing (82/102).</summary>
    [Fact]
    public async Task Some_of_the_sixty_first_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-61.jsonl", "t61c");
        AssertFloor(score, conversations: 20, completed: 7, turnShare: 0.78);
    }

    /// <summary>tuning-conversations-62.jsonl: twenty regional officers' threads (116 turns) — openings naming the office
    /// and region in new ways (a camat's or lurah's staff asking for the regency, command-center operators, bappeda
    /// planners, "tim smart city kab X", the province after a comma or in brackets, an alternative spelling, lowercase and
    /// typos, a greeting and a name first), then memory follow-ups (the cohort, "tahun itu", same-cohort regions by province,
    /// the stages of their year), status checks answered in whole sentences, a programme question mid-checklist and a
    /// return to it, a region correction mid-checklist, "ganti daerah" then the new region's cohort, thanks. First contact
    /// 14/20 (105/116 turns) → 15/20 (109/116 turns) with evalfull.mjs after the going-back and namesake-correction fixes.</summary>
    [Fact]
    public async Task Most_of_the_sixty_second_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-62.jsonl", "t62c");
        AssertFloor(score, conversations: 20, completed: 14, turnShare: 0.9);
    }

    /// <summary>tuning-conversations-63.jsonl: twenty threads (101 turns) — citizens asking whether their kota/kabupaten took
    /// part (a sub-district alone, a nickname, typos and lowercase, a kota and a kabupaten of one name, a province, then
    /// "kalau dari bali?" and the newest of it), journalists and students (a total, a year's count, two years compared, most
    /// and fewest by province, MoU signers and how they signed, the minister at an awarding, award venues then "tahun
    /// berikutnya?"/"lokasinya?", "sumbernya apa"), a CSR team, a university and an NGO (what they can do, regions by
    /// field, a collaboration request in a whole sentence, moving it to another region, cancelling it) and eight English or
    /// mixed threads ("what about the year after?", "name them", "since when?", "how many?", "and west java?", "how can a
    /// company get involved?", "where was it held?"). First contact 8/20 (79/101 turns) with evalfull.mjs; the re-landed
    /// "since a year" count left it at 8/20 (79/101).</summary>
    [Fact]
    public async Task Some_of_the_sixty_third_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-63.jsonl", "t63c");
        AssertFloor(score, conversations: 20, completed: 7, turnShare: 0.75);
    }

    /// <summary>tuning-conversations-53.jsonl: twenty threads (101 turns) — citizens naming a town or a tourist village
    /// that lies in a kabupaten/kota, an old name, a typo, a kota and a kabupaten of one name, a province, regions never
    /// listed and their neighbours; businesses, CSR teams, a cooperative and NGOs (what the programme offers companies,
    /// regions by field, a collaboration request, then moving it to another region or cancelling); journalists and students
    /// (counts after an introduction naming a place, totals, most and fewest, an island's participants, signers, venues,
    /// awards, sources) and seven English or mixed threads. Written before places inside a kabupaten/kota as region aliases,
    /// English "what's", "companies" as swasta, a request moved to a name a kota and a kabupaten share and "any others
    /// from there?" in English were built. First contact 10/20 (81/101 turns) → 15/20 (92/101 turns) with evalfull.mjs.</summary>
    [Fact]
    public async Task Most_fifty_third_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-53.jsonl", "t53c");
        AssertFloor(score, conversations: 20, completed: 13, turnShare: 0.88);
    }

    /// <summary>tuning-conversations-52.jsonl: twenty regional officers' threads (124 turns) — openings from bappeda, setda,
    /// diskominfo, inspektorat, DPRD, kecamatan, PIC and operators, kota and kabupaten of one name, the officer's own
    /// cohort's bimtek and MoU, status checks with mixed replies ("ok lanjut, sudah", "terus?") and corrections, region
    /// and year corrections, detours and back. Written before an acknowledgement before a checklist answer, a bare
    /// next-step word in the checklist, a cohort stage of "ours" asked with the cohort year and a correction to the
    /// namesake were built. First contact 11/20 (109/124 turns) → 14/20 (118/124 turns) with evalfull.mjs.</summary>
    [Fact]
    public async Task Most_of_the_fifty_second_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-52.jsonl", "t52c");
        AssertFloor(score, conversations: 20, completed: 12, turnShare: 0.92);
    }

    /// <summary>tuning-conversations-54.jsonl: twenty regional officers' threads (119 turns) — openings in one sentence from
    /// a setda, inspektorat, dinas PUPR, camat, kabag, "tim smart city", an abbreviated region (kbb, lamteng, kt), typos, a
    /// kota and a kabupaten of one name, a region with its province and one English thread; then "angkatan kami", "tahun
    /// itu", "seangkatan dari provinsi kami", "pendamping kami", the cohort's MoU, bimtek, masterplan, quick win and
    /// closing, status checks with chatty answers and a question between, region and year corrections, "ganti daerah" and
    /// thanks. Written before common kabupaten abbreviations and "kt" as a kota marker were added. First contact 7/20
    /// (94/119 turns; 8/20, 95/119 after one self-contradicting expectation was fixed) → 10/20 (101/119 turns) with evalfull.mjs.</summary>
    [Fact]
    public async Task Half_of_the_fifty_fourth_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-54.jsonl", "t54c");
        AssertFloor(score, conversations: 20, completed: 9, turnShare: 0.83);
    }

    /// <summary>tuning-conversations-56.jsonl: twenty regional officers' threads (127 turns) as they type in Teams and
    /// web chat — bappeda staff, dinas kominfo "bidang aptika", a setda, a camat's office, "admin smart city pemkot X", a
    /// region by a nickname ("kota baja", "kota wali") or a written abbreviation ("tj. pinang"), lowercase and typos, a
    /// province after a comma, a kota and a kabupaten of one name with corrections back to the kabupaten and of the year;
    /// then memory of the officer's cohort ("angkatan kami", "tahun segitu", "yang bareng kami dari provinsi yang sama",
    /// "pendamping kami"), the cohort's stages, status checks whose answer word stands in the middle or at the end of a
    /// sentence, questions, deadlines and reminders amid the checklist, "ganti daerah" and thanks. Written before checklist
    /// answers inside a sentence and the nickname aliases were built. First contact 9/20 (93/127 turns) → 14/20 (113/127
    /// turns) with evalfull.mjs.</summary>
    [Fact]
    public async Task Most_of_the_fifty_sixth_tuning_set_conversations_complete()
    {
        var score = await ScoreAsync("tuning-conversations-56.jsonl", "t56c");
        AssertFloor(score, conversations: 20, completed: 13, turnShare: 0.86);
    }
}
