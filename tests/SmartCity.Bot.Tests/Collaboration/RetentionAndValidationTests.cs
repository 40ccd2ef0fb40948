using Microsoft.Extensions.Time.Testing;
using SmartCity.Bot.Collaboration;
using SmartCity.Bot.Protocol;
using SmartCity.Bot.Tests.Timeline;

namespace SmartCity.Bot.Tests.Collaboration;

public sealed class RetentionAndValidationTests
{
    [Theory]
    [InlineData("Budi@Contoh.ID", "budi@contoh.id")]
    [InlineData("0812-3456-7890", "+6281234567890")]
    [InlineData("+62 812 3456 7890", "+6281234567890")]
    [InlineData("(021) 3456789", "+62213456789")]
    [InlineData("budi@contoh", null)]
    [InlineData("12345", null)]
    [InlineData("budi @contoh.id", null)]
    [InlineData("<script>@x.id", null)]
    [InlineData("", null)]
    [InlineData("ok, ini kontak saya: Budi@Contoh.ID.", "budi@contoh.id")]
    [InlineData("budi@contoh.id atau sari@contoh.id", null)]
    public void Contacts_are_an_email_or_an_indonesian_phone_number(string input, string? expected) =>
        Assert.Equal(expected, RequestValidation.NormalizeContact(input));

    [Fact]
    public void Text_is_cleaned_and_bounded()
    {
        Assert.Equal("a b", RequestValidation.Clean(" a\u0000\u200B  b ", 10));
        Assert.Null(RequestValidation.Clean(new string('x', 11), 10));
        Assert.Null(RequestValidation.Clean("   ", 10));
        Assert.Equal("satu\n\ndua", RequestValidation.Clean("satu\n\n\n\n dua", 100, multiline: true));
        Assert.Equal("satu dua", RequestValidation.Clean("satu\ndua", 100));
    }

    [Fact]
    public async Task Requests_past_retention_are_deleted_with_an_audit_record_and_nothing_personal_kept()
    {
        var clock = new FakeTimeProvider(TestCalendar.Start);
        await using var bot = await TestCalendar.StartBotAsync(clock, settings: new Dictionary<string, string?>
        {
            ["Collaboration:RetentionDays"] = "30", ["Collaboration:NotifierEnabled"] = "false",
        });
        var store = bot.Services.GetRequiredService<RequestStore>();
        var request = await store.CreateAsync(new CollaborationRequest("", "3271", "Budi", "PT Contoh", "budi@contoh.id", "Smart Living", "Pesan",
            clock.GetUtcNow(), RequestStatus.Open, new ConversationReference(), false, "emulator:u"), default);
        Assert.True(await store.TryCountAsync("contact", "budi@contoh.id", 3, default));

        var notifier = bot.Services.GetRequiredService<RequestNotifier>();
        clock.Advance(TimeSpan.FromDays(29));
        Assert.Equal(0, await notifier.SweepAsync(default));
        Assert.NotNull(await store.GetAsync(request.Number, default));

        clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, await notifier.SweepAsync(default));
        Assert.Null(await store.GetAsync(request.Number, default));
        var audit = (await store.AuditAsync(10, default)).Select(a => a.Value).ToList();
        Assert.Equal("deleted", audit[0].Action);
        Assert.Equal(request.Number, audit[0].Number);
        Assert.DoesNotContain(audit, a => System.Text.Json.JsonSerializer.Serialize(a).Contains("budi", StringComparison.OrdinalIgnoreCase));
        // The rate counter (a hash, not the contact) is pruned once it is a day old.
        Assert.False(await store.IsLimitedAsync("contact", "budi@contoh.id", 1, default));
    }
}
