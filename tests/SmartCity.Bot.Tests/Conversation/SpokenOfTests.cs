using SmartCity.Bot.Conversation;
using SmartCity.Bot.Tests.Regions;

namespace SmartCity.Bot.Tests.Conversation;

/// <summary>
/// The region spoken of is read in one place (<see cref="ConversationMemory.SpokenOf"/>): the region last answered
/// about, else the user's own, else none.
/// </summary>
public sealed class SpokenOfTests
{
    [Fact]
    public void The_region_last_answered_about_comes_before_the_user_own_and_the_own_stands_in_when_none_was()
    {
        var user = new StateBag();
        var memory = new ConversationMemory(user, new StateBag(), RegionData.Registry);
        Assert.Null(memory.SpokenOf);

        // The user's own region known from an earlier conversation, none answered about in this one.
        var own = RegionData.Registry.Regions.First(r => r.Name == "Kabupaten Sleman");
        user.Set(ConversationMemory.RegionKey, own.Code);
        Assert.Null(memory.Subject);
        Assert.Equal(own.Code, memory.SpokenOf?.Code);

        var other = RegionData.Registry.Regions.First(r => r.Name == "Kota Depok");
        memory.RememberSubject(other);
        Assert.Equal(other.Code, memory.SpokenOf?.Code);
        Assert.Equal(own.Code, memory.Region?.Code);
    }

    [Fact]
    public void A_region_an_answer_only_cited_does_not_replace_the_one_the_user_asked_about()
    {
        var memory = new ConversationMemory(new StateBag(), new StateBag(), RegionData.Registry);
        var asked = RegionData.Registry.Regions.First(r => r.Name == "Kabupaten Bangli");
        memory.RememberSubject(asked);

        // An answer quoting another region as its example: what "itu" points at next, not what the user asked about.
        memory.RememberSubjectNamedIn("Contohnya surat penetapan Kabupaten Badung tahun 2017.");
        Assert.Equal("Kabupaten Badung", memory.Subject?.Name);
        Assert.Equal(asked.Code, memory.AskedSubject?.Code);

        // A second cited example keeps the one asked about; naming a region again asks about it.
        memory.RememberSubjectNamedIn("Misalnya Kota Depok.");
        Assert.Equal(asked.Code, memory.AskedSubject?.Code);
        var named = RegionData.Registry.Regions.First(r => r.Name == "Kota Solok");
        memory.RememberSubject(named);
        Assert.Equal(named.Code, memory.AskedSubject?.Code);
    }
}
