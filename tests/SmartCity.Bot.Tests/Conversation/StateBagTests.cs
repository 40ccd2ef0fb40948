using System.Text.Json;
using SmartCity.Bot.Conversation;

namespace SmartCity.Bot.Tests.Conversation;

/// <summary>State values read back as written, strings without the serializer, other types through it.</summary>
public sealed class StateBagTests
{
    [Fact]
    public void Values_read_back_as_written_after_a_round_trip()
    {
        var bag = new StateBag();
        bag.Set("dialog.last", "knowledge");
        bag.Set("none", (string?)null);
        bag.Set("year", 2021);
        bag.Set("clarify", new Dictionary<string, string> { ["Status"] = "StatusCheck" });
        var stored = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(JsonSerializer.Serialize(bag.Snapshot()))!;
        var read = new StateBag(stored, 3);

        Assert.Equal("knowledge", read.Get<string>("dialog.last"));
        Assert.Null(read.Get<string>("none"));
        Assert.Null(read.Get<string>("missing"));
        Assert.Equal(2021, read.Get<int>("year"));
        Assert.Equal("StatusCheck", read.Get<Dictionary<string, string>>("clarify")!["Status"]);
        Assert.False(read.IsChanged);
        // A number read as a string is refused as before (the serializer decides).
        Assert.Throws<JsonException>(() => read.Get<string>("year"));
    }
}
