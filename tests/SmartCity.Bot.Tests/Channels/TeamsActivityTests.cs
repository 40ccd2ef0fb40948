using System.Text.Json;
using SmartCity.Bot.Conversation;
using SmartCity.Bot.Dialogs;
using SmartCity.Bot.Protocol;
using SmartCity.Bot.Tests.Infrastructure;

namespace SmartCity.Bot.Tests.Channels;

/// <summary>Teams-shaped activities (reference §6) through /api/messages: mentions, scopes, install, identity.</summary>
public sealed class TeamsActivityTests : IAsyncLifetime
{
    private const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private const string BotId = "28:11111111-2222-3333-4444-555555555555";
    private BotServer _bot = null!;

    public async Task InitializeAsync() => _bot = await BotServer.StartAsync(configure: b => b.Services.AddSingleton<ITurnHandler, IdentityProbe>());
    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private static JsonElement Json(object value) => JsonSerializer.SerializeToElement(value);

    private static Activity Teams(string text, string conversationType = "personal", string conversationId = "a:1Teams-personal", bool mention = false)
    {
        var entities = new List<Entity>
        {
            new() { Type = "clientInfo", Properties = new() { ["locale"] = Json("id-ID"), ["country"] = Json("ID"), ["platform"] = Json("Web") } },
        };
        if (mention)
            entities.Add(new Entity
            {
                Type = "mention",
                Properties = new() { ["mentioned"] = Json(new { id = BotId, name = "SmartCity Bot" }), ["text"] = Json("<at>SmartCity Bot</at>") },
            });
        return new Activity
        {
            Type = ActivityTypes.Message,
            Id = "1700000000" + Random.Shared.Next(1000, 9999),
            Timestamp = DateTimeOffset.UtcNow,
            ChannelId = "msteams",
            ServiceUrl = "https://smba.trafficmanager.net/amer/",
            From = new ChannelAccount
            {
                Id = "29:1aBcD-user", Name = "Sari Petugas", AadObjectId = "6f1e2d3c-aaaa-4bbb-8ccc-0123456789ab",
                Properties = new() { ["userPrincipalName"] = Json("sari@kota.go.id") },
            },
            Recipient = new ChannelAccount { Id = BotId, Name = "SmartCity Bot" },
            Conversation = new ConversationAccount
            {
                Id = conversationId, ConversationType = conversationType, TenantId = Tenant, IsGroup = conversationType != "personal" ? true : null,
            },
            Text = text,
            TextFormat = "plain",
            Locale = "id-ID",
            Entities = entities,
            ChannelData = Json(new { tenant = new { id = Tenant }, team = conversationType == "channel" ? new { id = "19:team@thread.tacv2" } : null }),
        };
    }

    [Fact]
    public async Task A_channel_message_that_mentions_the_bot_is_understood_without_the_mention_and_threaded()
    {
        var inbound = Teams("<at>SmartCity Bot</at> bantuan", "channel", "19:abc@thread.tacv2;messageid=1700000000001", mention: true);
        var reply = Assert.Single(await _bot.AskAsync(inbound));
        Assert.Contains("Saya bisa membantu", reply.Text);
        Assert.Equal(inbound.Id, reply.ReplyToId);
        Assert.Equal(inbound.Conversation!.Id, reply.Conversation!.Id);
        Assert.Equal("msteams", reply.ChannelId);
        Assert.Equal(BotId, reply.From!.Id);
    }

    [Fact]
    public async Task Mention_markup_is_stripped_before_understanding_even_with_nbsp()
    {
        var inbound = Teams("<at>SmartCity Bot</at>&nbsp;menu", "groupChat", "19:group@thread.v2", mention: true);
        Assert.Equal("menu", ActivityAddressing.UserText(inbound));
        Assert.Contains("Saya bisa membantu", Assert.Single(await _bot.AskAsync(inbound)).Text);
        // Another person's mention keeps the name as words.
        Assert.Equal("tanya Budi soal pilar", ActivityAddressing.UserText(Teams("tanya <at>Budi</at> soal pilar")));
    }

    [Fact]
    public async Task Personal_and_channel_conversations_are_told_apart_and_identity_carries_aad_object_id_and_tenant()
    {
        var personal = Activities.Read(await _bot.AskAsync(Teams("siapa saya")));
        Assert.Contains("personal=True", personal);
        Assert.Contains("aad=6f1e2d3c-aaaa-4bbb-8ccc-0123456789ab", personal);
        Assert.Contains($"tenant={Tenant}", personal);
        Assert.Contains("upn=sari@kota.go.id", personal);
        Assert.Contains("key=aad:6f1e2d3c-aaaa-4bbb-8ccc-0123456789ab", personal);

        var channel = Activities.Read(await _bot.AskAsync(Teams("<at>SmartCity Bot</at> siapa saya", "channel", "19:abc@thread.tacv2;messageid=2", mention: true)));
        Assert.Contains("personal=False", channel);
    }

    [Fact]
    public async Task Installing_the_app_welcomes_once()
    {
        var install = Teams("") with { Type = ActivityTypes.InstallationUpdate, Action = "add", Text = null, Entities = null };
        Assert.Contains("Gerakan Menuju Smart City", Assert.Single(await _bot.AskAsync(install)).Text);

        var botAdded = Teams("") with
        {
            Type = ActivityTypes.ConversationUpdate, Text = null, Entities = null,
            MembersAdded = [new ChannelAccount { Id = "29:1aBcD-user", AadObjectId = "6f1e2d3c-aaaa-4bbb-8ccc-0123456789ab" }],
        };
        Assert.Contains("Gerakan Menuju Smart City", Assert.Single(await _bot.AskAsync(botAdded)).Text);

        var onlyTheBot = botAdded with { MembersAdded = [new ChannelAccount { Id = BotId }] };
        Assert.Empty(await _bot.AskAsync(onlyTheBot));
        var uninstall = install with { Action = "remove" };
        Assert.Empty(await _bot.AskAsync(uninstall));

        // In a team channel a member joining is not greeted in front of everyone; the install welcome is the one.
        var memberJoinsTeam = botAdded with { Conversation = new ConversationAccount { Id = "19:team@thread.skype", ConversationType = "channel", IsGroup = true } };
        Assert.Empty(await _bot.AskAsync(memberJoinsTeam));
    }

    [Fact]
    public async Task An_adaptive_card_submit_from_Teams_arrives_as_the_users_words()
    {
        var submit = Teams("") with { Text = null, Value = Json(new { text = "bantuan" }) };
        Assert.Contains("Saya bisa membantu", Assert.Single(await _bot.AskAsync(submit)).Text);
    }

    [Fact]
    public async Task The_welcome_in_Teams_offers_the_three_suggested_actions_Teams_shows_with_the_region_questions_among_them()
    {
        var install = Teams("") with { Type = ActivityTypes.InstallationUpdate, Action = "add", Text = null, Entities = null };
        var teams = Assert.Single(await _bot.AskAsync(install)).SuggestedActions!.Actions!.Select(a => a.Title).ToList();
        Assert.Equal(3, teams.Count);
        Assert.Contains("Apakah kota saya ikut?", teams);
        Assert.Contains("Cek status daerah", teams);
        Assert.Equal(teams, HelpMenu.MainTopics.Take(3));
        // Channels that show them all get all the topics, in the same order.
        Assert.Equal(HelpMenu.MainTopics, Assert.Single(await _bot.AskAsync("bantuan", "conv-help"))
            .SuggestedActions!.Actions!.Select(a => a.Title));
    }

    /// <summary>Test-only handler that reports what the turn knows about the speaker.</summary>
    private sealed class IdentityProbe : ITurnHandler
    {
        public int Order => 50;

        public Task<bool> TryHandleAsync(ITurn turn, CancellationToken cancellationToken)
        {
            if (turn.Text != "siapa saya") return Task.FromResult(false);
            var u = turn.User;
            turn.Send(Replies.Text($"personal={turn.IsPersonal} aad={u.AadObjectId} tenant={u.TenantId} upn={u.UserPrincipalName} key={u.StateKey}"));
            return Task.FromResult(true);
        }
    }
}
