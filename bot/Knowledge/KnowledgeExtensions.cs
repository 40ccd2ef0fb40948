using SmartCity.Bot.Cli;
using SmartCity.Bot.Conversation;
using SmartCity.Bot.Storage;

namespace SmartCity.Bot.Knowledge;

public static class KnowledgeExtensions
{
    /// <summary>Question answering over knowledge/: the index, the answer handler, 👍/👎 feedback and the staff commands.</summary>
    public static IHostApplicationBuilder AddKnowledge(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<KnowledgeOptions>(builder.Configuration.GetSection("Knowledge"));
        builder.Services.AddSingleton<KnowledgeBase>();
        builder.Services.AddSingleton(sp => new QuestionAnswerer(sp.GetRequiredService<KnowledgeBase>(), sp.GetService<IPlaceFinder>()));
        builder.Services.AddSingleton<DocumentQuestions>();
        // A stage named after an order word ("setelah ToT, lalu apa?"): the programme's order of stages, not the region's next step.
        builder.Services.AddSingleton<IDialogClaim, StepOrderClaim>();
        builder.Services.AddDialog<KnowledgeHandler>();
        builder.Services.AddSingleton<SmartCity.Bot.Conversation.ITopicContinuation, KnowledgeTopicContinuation>();
        builder.Services.AddSingleton<SmartCity.Bot.Conversation.IDocumentsQuestion, RegionHistoryQuestion>();
        builder.Services.AddSingleton<SmartCity.Bot.Conversation.IAnswerAside, SourceFollowUp>();
        builder.Services.AddSingleton<SmartCity.Bot.Conversation.IAnswerAside, SpeakerFollowUp>();
        // "acaranya di Kota X kan?" after an event's answer: where that event was, not a question about X.
        builder.Services.AddSingleton<SmartCity.Bot.Conversation.IAnswerAside, EventPlaceCheck>();
        builder.Services.AddSingleton<SmartCity.Bot.Conversation.IAnswerAside, ListLineFollowUp>();
        // "terus 2018 berapa?" after a per-year count, then "siapa saja?": that year's line, then its participants.
        builder.Services.AddReread<YearCountFollowUp>();
        builder.Services.AddSingleton<SmartCity.Bot.Conversation.IAnswerAside>(sp => sp.GetRequiredService<YearCountFollowUp>());
        builder.Services.AddDialog<AnswerFeedbackHandler>();
        // "bukan, maksudnya …": the question again about the thing meant, before it reads as a rating.
        builder.Services.AddReread<TopicCorrection>();
        // Anyone can make the bot write these: capped per conversation, in total and by age (Storage:Streams).
        builder.Services.AddCappedStream(KnowledgeStreams.Unanswered).AddCappedStream(KnowledgeStreams.Feedback);
        builder.Services.AddHostedService<KnowledgeWarmUp>();
        builder.Services.AddSingleton<KnowledgeReloader>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<KnowledgeReloader>());
        builder.Services.AddSingleton<ICliCommand, IndexCommand>();
        builder.Services.AddSingleton<ICliCommand, AskCommand>();
        builder.Services.AddSingleton<ICliCommand, PassagesCommand>();
        builder.Services.AddSingleton<ICliCommand, UnansweredCommand>();
        builder.Services.AddSingleton<ICliCommand, ReportCommand>();
        return builder;
    }

    /// <summary>Loads or builds the index when the server starts, so the first question does not wait for it.</summary>
    private sealed class KnowledgeWarmUp(KnowledgeBase knowledge) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            _ = Task.Run(Warm, CancellationToken.None);
            return Task.CompletedTask;
        }

        private void Warm()
        {
            try { _ = knowledge.Index; }
            catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                // Already logged with its reason by the knowledge base; readiness reports it too.
            }
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
