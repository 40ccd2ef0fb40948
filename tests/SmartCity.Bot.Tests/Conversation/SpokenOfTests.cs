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
}
