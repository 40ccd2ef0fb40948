using SmartCity.Bot.Cards;

namespace SmartCity.Bot.Tests.Cards;

public sealed class RenderedOnceTests
{
    private static AnswerCard NewCard() => new("Keikutsertaan Kota Contoh", "Tercatat ikut tahun 2019.", [], "Data peserta", ["Cek status Kota Contoh"]);

    [Fact]
    public void The_same_answer_is_rendered_once_per_channel_and_renderer()
    {
        var card = NewCard();
        var adaptive = new AdaptiveCardRenderer();
        var first = RenderedOnce.For(card, adaptive, "webchat");
        Assert.Same(first, RenderedOnce.For(card, adaptive, "webchat"));
        Assert.NotSame(first, RenderedOnce.For(card, adaptive, "msteams"));
        Assert.NotSame(first, RenderedOnce.For(card, new TextCardRenderer(), "webchat"));
        // An equal but different answer (a record compares by value) is not mistaken for the remembered one.
        Assert.NotSame(first, RenderedOnce.For(NewCard(), adaptive, "webchat"));
    }

    [Fact]
    public void Channel_ids_from_clients_do_not_grow_what_one_answer_keeps()
    {
        var card = NewCard();
        var renderer = new AdaptiveCardRenderer();
        for (var i = 0; i < 100; i++) RenderedOnce.For(card, renderer, $"channel-{i}");
        // Beyond the few kept, a channel's reply is rendered afresh each time rather than remembered.
        Assert.NotSame(RenderedOnce.For(card, renderer, "channel-99"), RenderedOnce.For(card, renderer, "channel-99"));
        Assert.Same(RenderedOnce.For(card, renderer, "channel-0"), RenderedOnce.For(card, renderer, "channel-0"));
    }
}
