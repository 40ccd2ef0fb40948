using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// The region a conversation is about (not necessarily the user's own) carried over turns through the real
/// /api/messages: "mereka", "daerah itu", "seangkatan", "kalau Kota X?", "tahun berapa?".
/// </summary>
public sealed class SubjectMemoryTests : BotWithKnowledge
{
    [Fact]
    public async Task Mereka_points_at_the_region_last_asked_about_and_a_bare_place_asks_the_same_again()
    {
        const string c = "subject-showcase";
        Assert.Contains("2019", await Say("kota depok ikut smart city?", c, "citizen-1"));

        var showcase = await Say("inovasi mereka apa aja?", c, "citizen-1");
        Assert.Contains("Untuk Kota Depok", showcase); // the assumption is said
        Assert.Contains("Depok Smart Pole", showcase);

        var next = await Say("kalau Kabupaten Banyumas?", c, "citizen-1");
        Assert.Contains("Salinmas", next); // the showcase again, for the new place
        Assert.DoesNotContain("pengingat", next);
    }

    [Fact]
    public async Task A_neighbour_named_after_a_participation_answer_gets_a_participation_answer()
    {
        const string c = "subject-neighbour";
        Assert.Contains("2017", await Say("Kabupaten Sleman ikut gak?", c, "citizen-2"));
        var neighbour = await Say("tetangganya, Kabupaten Bantul?", c, "citizen-2");
        Assert.Contains("Kabupaten Bantul", neighbour);
        Assert.Contains("2018", neighbour);
        var year = await Say("tahun berapa?", c, "citizen-2");
        Assert.Contains("Kabupaten Bantul", year);
        Assert.Contains("2018", year);
    }

    [Fact]
    public async Task Seangkatan_without_kami_is_the_cohort_of_the_region_last_asked_about()
    {
        const string c = "subject-cohort";
        Assert.Contains("2023", await Say("kota blitar ikut tahun berapa", c, "citizen-3"));
        var peers = await Say("seangkatan sama siapa aja?", c, "citizen-3");
        Assert.Contains("Untuk Kota Blitar (angkatan 2023)", peers); // whose cohort was assumed is said
        Assert.Contains("Peserta 2023", peers);
        Assert.Contains("Kabupaten Garut", peers);
    }

    [Fact]
    public async Task Daerah_itu_starts_a_collaboration_with_the_region_last_asked_about_without_making_it_the_users_own()
    {
        const string c = "subject-collab";
        Assert.Contains("2019", await Say("Kabupaten Wonosobo ikut?", c, "business-1"));
        Assert.Contains("kolaborasi dengan Kabupaten Wonosobo", await Say("mau ajak kerja sama daerah itu", c, "business-1"));
        await Say("batal", c, "business-1");
        // Asking about a region does not make it the user's own: "angkatan kami" still needs the user's region.
        Assert.DoesNotContain("Untuk Kabupaten Wonosobo", await Say("angkatan kami tahun berapa?", "subject-collab-2", "business-1"));
    }

    [Fact]
    public async Task A_kota_or_kabupaten_named_by_a_type_word_stays_the_subject_of_the_next_short_question()
    {
        const string c = "subject-implied";
        // "kota kami" settles which of Kota and Kabupaten Serang; "warga" marks the name as a place.
        var first = await Say("saya warga serang, kota kami pernah ikut program ini?", c, "citizen-9");
        Assert.Contains("Kota Serang", first);
        Assert.DoesNotContain("Kabupaten Serang", first);
        Assert.Contains("Kota Serang", await Say("dapat penghargaan apa?", c, "citizen-9"));
        // ... but does not steer a question asking what a thing is.
        Assert.StartsWith("Quick win adalah", await Say("apa itu quick win?", c, "citizen-9"));
        Assert.Contains("Sama-sama", await Say("oh gitu, makasih ya", c, "citizen-9"));
    }

    [Fact]
    public async Task A_correction_naming_two_places_takes_the_one_that_is_not_remembered()
    {
        const string c = "subject-correction";
        Assert.Contains("Kota Kediri", await Say("saya petugas smart city kota kediri", c, "officer-9"));
        var corrected = await Say("salah, bukan Kota Kediri tapi Kabupaten Kediri", c, "officer-9");
        Assert.Contains("Kabupaten Kediri", corrected);
        Assert.Contains("2023", corrected);
    }

    /// <summary>The place turned away from is found where the recognizer read it, also when it was written by another name ("jogja").</summary>
    [Fact]
    public async Task A_correction_turning_away_from_a_place_written_by_another_name_takes_the_other_place()
    {
        const string c = "subject-correction-alias";
        Assert.Contains("Kabupaten Sleman", await Say("saya petugas smart city kabupaten sleman", c, "officer-10"));
        var corrected = await Say("salah, maksud saya kota surakarta, bukan jogja", c, "officer-10");
        Assert.Contains("Kota Surakarta", corrected);
        Assert.DoesNotContain("sekarang saya pakai **Kota Yogyakarta**", corrected);
    }

    [Fact]
    public async Task A_short_question_after_a_region_is_asked_of_that_region_and_a_question_with_its_own_subject_is_not()
    {
        const string c = "subject-award";
        Assert.Contains("2017", await Say("apakah kota tangerang termasuk peserta?", c, "citizen-award"));
        Assert.Contains("e-plesiran", await Say("pernah menerima penghargaan apa?", c, "citizen-award"));

        const string d = "subject-pillars";
        Assert.Contains("2018", await Say("kabupaten kudus ikut tahun berapa?", d, "citizen-pillars"));
        var pillars = await Say("oke. pilar smart city itu apa saja?", d, "citizen-pillars");
        Assert.Contains("smart environment", pillars, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Kudus", pillars);
    }
}
